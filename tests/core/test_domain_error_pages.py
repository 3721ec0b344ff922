"""The one DomainError handler on pages: a failed action goes back to the page it came from with
the message flashed; without such a page, the error page shows the message with the error's status;
under /api/ the JSON envelope."""
import pytest

from advocacy.core.errors import DomainError, back_to


class Refused(DomainError):
    status = 409


@pytest.fixture
def raising_app(app_factory):
    new_app = app_factory(WTF_CSRF_ENABLED=False)

    def act():
        raise Refused("refused", "Cette action est refusée ici.", "thing")

    new_app.add_url_rule("/_test/act", "test_act", act, methods=["GET", "POST"])
    new_app.add_url_rule("/api/v1/_test/act", "test_api_act", act, methods=["POST"])
    new_app.add_url_rule("/_test/things/<int:thing_id>/act", "test_thing_act",
                         back_to("test_thing", "thing_id")(lambda thing_id: act()), methods=["POST"])
    new_app.add_url_rule("/_test/things/<int:thing_id>", "test_thing", lambda thing_id: "", methods=["GET"])
    return new_app


def test_a_failed_post_goes_back_to_its_page_with_the_message(raising_app):
    client = raising_app.test_client()
    response = client.post("/_test/act", headers={"Referer": "http://localhost/healthz?x=1"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/healthz?x=1")
    with client.session_transaction() as session:
        assert ("error", "Cette action est refusée ici.") in session.get("_flashes", [])


def test_another_sites_referer_is_not_followed(raising_app):
    client = raising_app.test_client()
    response = client.post("/_test/act", headers={"Referer": "https://evil.example/phish"})
    assert response.status_code == 409
    assert "Cette action est refusée ici." in response.get_data(as_text=True)


def test_a_get_shows_the_error_page_with_its_status(raising_app):
    response = raising_app.test_client().get("/_test/act", headers={"Referer": "http://localhost/healthz"})
    assert response.status_code == 409 and "Cette action est refusée ici." in response.get_data(as_text=True)


def test_under_api_the_json_envelope(raising_app):
    response = raising_app.test_client().post("/api/v1/_test/act", headers={"Referer": "http://localhost/"})
    assert response.status_code == 409
    assert response.json == {"error": {"code": "refused", "message": "Cette action est refusée ici.",
                                       "field": "thing"}}


@pytest.mark.parametrize("referer", [None, "http://localhost/healthz"])
def test_a_view_names_the_page_its_failed_action_goes_back_to(raising_app, referer):
    client = raising_app.test_client()
    response = client.post("/_test/things/7/act", headers={"Referer": referer} if referer else {})
    assert response.status_code == 303 and response.headers["Location"].endswith("/_test/things/7")
    with client.session_transaction() as session:
        assert ("error", "Cette action est refusée ici.") in session.get("_flashes", [])
    # the next failing action elsewhere does not inherit that page
    assert client.post("/_test/act").status_code == 409


# -- forms shown again with the message under their field (core.errors.form_action) ---------------

class Several(DomainError):
    status = 422

    def __init__(self, errors):
        super().__init__("invalid", next(iter(errors.values())), next(iter(errors)))
        self.errors = errors

    def field_messages(self):
        return dict(self.errors)


@pytest.fixture
def form_app(app_factory):
    from flask import get_flashed_messages, render_template_string
    from flask_wtf import FlaskForm
    from wtforms import StringField

    from advocacy.core.errors import form_action
    from advocacy.extensions import db

    class NameForm(FlaskForm):
        name = StringField()
        town = StringField()

    new_app = app_factory(WTF_CSRF_ENABLED=False)
    written = []

    def save():
        form = NameForm()
        with form_action(form, rename={"city": "town"}) as failed:
            written.append(db.session().in_nested_transaction())
            error = {"field": Refused("refused", "Nom déjà pris.", "name"),
                     "several": Several({"name": "Trop court.", "city": "Ville inconnue."}),
                     "none": Refused("refused", "Pas maintenant."),
                     "boom": RuntimeError("a bug")}.get(form.name.data)
            if error is not None:
                raise error
        status = failed.status if failed else 200
        return render_template_string(
            "{{ form.name.errors|join('|') }}/{{ form.town.errors|join('|') }}/{{ flashes|join('|') }}",
            form=form, flashes=get_flashed_messages()), status

    new_app.add_url_rule("/_test/form", "test_form", save, methods=["POST"])
    new_app.written = written
    return new_app


def test_a_field_message_goes_under_its_field_and_the_form_is_shown_again(form_app):
    response = form_app.test_client().post("/_test/form", data={"name": "field"})
    assert response.status_code == 409 and response.get_data(as_text=True) == "Nom déjà pris.//"
    assert form_app.written == [True]  # the block ran in a savepoint


def test_several_fields_and_renamed_ones(form_app):
    response = form_app.test_client().post("/_test/form", data={"name": "several"})
    assert response.status_code == 422 and response.get_data(as_text=True) == "Trop court./Ville inconnue./"


def test_a_message_about_no_field_is_flashed_on_the_page(form_app):
    response = form_app.test_client().post("/_test/form", data={"name": "none"})
    assert response.status_code == 409 and response.get_data(as_text=True) == "//Pas maintenant."


def test_success_leaves_the_form_alone_and_other_exceptions_pass_through(form_app):
    response = form_app.test_client().post("/_test/form", data={"name": "ok"})
    assert response.status_code == 200 and response.get_data(as_text=True) == "//"
    assert form_app.test_client().post("/_test/form", data={"name": "boom"}).status_code == 500  # a bug stays one
