import pytest


@pytest.fixture
def demo(app, make_person):
    """Only the charter's demo seed, on the demo people (other domains' seeds are theirs to test)."""
    from advocacy.charter.demo import seed
    from advocacy.demo import DemoContext

    ctx = DemoContext()
    ctx.people["hr@demo.test"] = make_person("hr@demo.test", roles=("hr",), display_name="Hélène RH")
    ctx.people["cse1@demo.test"] = make_person("cse1@demo.test", roles=("staff_rep", "employee"),
                                               display_name="Camille Élue CSE")
    ctx.people["cse2@demo.test"] = make_person("cse2@demo.test", roles=("staff_rep", "employee"),
                                               display_name="Samir Élu CSE")
    for number in range(1, 13):
        ctx.people[f"employee{number}@demo.test"] = make_person(f"employee{number}@demo.test")
    seed(ctx)
    seed(ctx)  # idempotent
    return ctx
