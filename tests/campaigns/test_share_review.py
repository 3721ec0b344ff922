"""The review queue for warned shares: compliance decides pass or fail with a reason; the
decision is audited and shown to the author."""
import pytest
from sqlalchemy import select

from advocacy.campaigns.errors import Invalid, NotAllowed

from advocacy.campaigns import share_review, sharing
from advocacy.campaigns.models import ShareReview
from advocacy.core.models import AuditEntry
from advocacy.extensions import db

# French, an employee who says the post is not sponsored while promoting the employer's service: whether
# that misleads is for a human to decide (the checker warns; its suggestion drops the denial)
WARNED = "Je travaille chez Exemple et ce n'est pas sponsorisé : notre nouveau service sort aujourd'hui, découvrez-le !"


def _warned_share(member, make_live_kit):
    person = member()
    kit = make_live_kit(networks=("mastodon",))
    variant = sharing.variant_for(person, kit.variants[0].id)
    share = sharing.prepare_share(person, variant, WARNED)
    db.session.commit()
    assert share.check_verdict == "warn"
    return person, share


def test_compliance_decides_with_a_reason_the_author_reads(app, browser, member, make_person, make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    reviewer = make_person(roles=("compliance",))
    assert share in share_review.pending()
    client = browser(reviewer)
    page = client.get("/review/posts")
    assert page.status_code == 200 and WARNED.split(" et ")[0] in page.get_data(as_text=True)
    assert "nie tout lien commercial" in page.get_data(as_text=True) or "denies any commercial link" in page.get_data(as_text=True)
    # the reason is required: the form comes back with the message, nothing saved
    resp = client.post(f"/review/posts/{share.id}", data={f"s{share.id}-decision": "pass",
                                                                   f"s{share.id}-reason": ""})
    assert resp.status_code == 422
    assert db.session.scalar(select(ShareReview).where(ShareReview.share_id == share.id)) is None
    resp = client.post(f"/review/posts/{share.id}", data={
        f"s{share.id}-decision": "pass", f"s{share.id}-reason": "Le lien d'emploi est dit en clair ; le salaire seul suffit ici."})
    assert resp.status_code == 302
    row = db.session.scalar(select(ShareReview).where(ShareReview.share_id == share.id))
    assert row.decision == "pass" and row.reviewer_id == reviewer.id and "denial_while_employee" in row.rules
    audit = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "campaigns.share_reviewed",
                                                       AuditEntry.object_id == str(share.id)))
    assert audit is not None and audit.actor_id == reviewer.id
    assert share not in share_review.pending()
    # a second decision is refused
    resp = client.post(f"/review/posts/{share.id}", data={
        f"s{share.id}-decision": "fail", f"s{share.id}-reason": "Non."})
    assert resp.status_code == 422
    # the author sees the decision and the reason on the post's page
    page = browser(author).get(f"/shares/{share.id}").get_data(as_text=True)
    assert 'id="share-decision"' in page and "le salaire seul suffit ici" in page


def test_only_compliance_or_hr_and_never_on_ones_own_post(app, browser, member, make_person, make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    client = browser(author)
    assert client.get("/review/posts").status_code == 403
    resp = client.post(f"/review/posts/{share.id}", data={f"s{share.id}-decision": "fail",
                                                                   f"s{share.id}-reason": "x"})
    assert resp.status_code == 403
    with pytest.raises(NotAllowed):
        share_review.decide(share, "pass", "ok", reviewer=author)
    passed = sharing.prepare_share(author, share.variant,
                                   "Publicité — je travaille chez Exemple : notre nouveau service sort aujourd'hui.")
    assert passed.check_verdict == "pass"
    with pytest.raises(Invalid):  # a post the checker passed does not wait for anyone
        share_review.decide(passed, "fail", "x", reviewer=make_person(roles=("compliance",)))


# -- what the author sees and does after the decision ---------------------------------------------

PASSING = "Publicité — je travaille chez Exemple : notre nouveau service sort aujourd'hui."
FAILING = "Découvrez notre nouveau service !"


def _published(share, n=1):
    from advocacy.campaigns.models import SHARE_PENDING
    from advocacy.core.timeutil import utcnow

    share.status, share.url, share.registered_at = SHARE_PENDING, f"https://mastodon.example/@auteur/{n}", utcnow()
    db.session.commit()
    return share


def _notes(person):
    from advocacy.campaigns.models import Notification, OutboxMail

    notes = db.session.scalars(select(Notification).where(Notification.person_id == person.id,
                                                          Notification.kind == "share_reviewed")).all()
    mails = db.session.scalars(select(OutboxMail).where(OutboxMail.person_id == person.id,
                                                        OutboxMail.kind == "share_reviewed")).all()
    return notes, mails


def test_the_author_is_notified_in_their_language(app, member, make_person, make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    reviewer = make_person(roles=("compliance",))
    share_review.decide(share, "pass", "Le lien d'emploi est clair.", reviewer=reviewer)
    notes, mails = _notes(author)
    assert len(notes) == 1 and mails == []  # good news: in the app only
    assert "validée" in notes[0].title and "Le lien d'emploi est clair." in notes[0].body

    english, other = _warned_share(member, make_live_kit)
    english.language = "en"
    _published(other)
    share_review.decide(other, "fail", "The brand is promoted without a clear mention.", reviewer=reviewer)
    notes, mails = _notes(english)
    assert len(notes) == 1 and len(mails) == 1  # an action is needed: e-mailed too
    assert notes[0].title.startswith("Compliance asks you to change your Mastodon post")
    assert "edit" in notes[0].body.lower() and "delete" in notes[0].body.lower()
    assert notes[0].url == f"/shares/{other.id}" and f"/shares/{other.id}" in mails[0].body


def test_a_failed_published_post_is_edited_checked_and_closed(app, browser, member, make_person, make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    _published(share)
    reviewer = make_person(roles=("compliance",))
    client = browser(author)
    posts = client.get("/me/posts").get_data(as_text=True)
    assert "En attente de la revue de conformité" in posts
    share_review.decide(share, "fail", "La marque est promue sans mention claire.", reviewer=reviewer)
    db.session.commit()
    assert share_review.to_fix_count(author.id) == 1
    posts = client.get("/me/posts").get_data(as_text=True)
    assert "Conformité : refusée" in posts and "La marque est promue sans mention claire." in posts
    assert f"/shares/{share.id}#share-decision" in posts
    home = client.get("/").get_data(as_text=True)
    assert "1 publication à modifier ou supprimer" in home
    page = client.get(f"/shares/{share.id}").get_data(as_text=True)
    assert 'id="fix-edited"' in page and 'id="fix-deleted"' in page and 'id="suggested-text"' in page

    # a text that still fails is refused with the findings; nothing changes
    refused = client.post(f"/shares/{share.id}/fix", data={"how": "edited", "text": FAILING})
    assert refused.status_code == 422
    assert 'class="errors findings"' in refused.get_data(as_text=True)
    db.session.expire_all()
    assert share.text == WARNED and share_review.decision_for(share).resolution == ""

    done = client.post(f"/shares/{share.id}/fix", data={"how": "edited", "text": PASSING})
    assert done.status_code == 302 and done.headers["Location"].endswith("/me/posts")
    db.session.expire_all()
    row = share_review.decision_for(share)
    assert row.resolution == "edited" and row.resolved_at is not None
    assert share.text == PASSING and share.check_verdict == "pass"
    assert share_review.to_fix_count(author.id) == 0 and share not in share_review.pending()
    audit = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "campaigns.share_fix_reported",
                                                       AuditEntry.object_id == str(share.id)))
    assert audit.actor_id == author.id and audit.details == {"how": "edited", "verdict": "pass"}
    assert "Modifiée après la revue" in client.get("/me/posts").get_data(as_text=True)
    # once closed, nothing more to report
    assert client.post(f"/shares/{share.id}/fix", data={"how": "deleted"}).status_code == 422


def test_an_edit_the_checker_still_warns_about_goes_back_to_compliance(app, browser, member, make_person,
                                                                      make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    _published(share)
    reviewer = make_person(roles=("compliance",))
    share_review.decide(share, "fail", "Précisez votre lien avec la marque.", reviewer=reviewer)
    db.session.commit()
    again = WARNED.replace("aujourd'hui", "demain")
    assert browser(author).post(f"/shares/{share.id}/fix", data={"how": "edited", "text": again}).status_code == 302
    db.session.expire_all()
    assert share.check_verdict == "warn" and share in share_review.pending()
    assert "publication à examiner" in browser(reviewer).get("/").get_data(as_text=True)
    share_review.decide(share, "pass", "C'est clair maintenant.", reviewer=reviewer)
    db.session.commit()
    assert db.session.scalar(select(ShareReview.decision).where(ShareReview.share_id == share.id)) == "pass"
    assert len(db.session.scalars(select(AuditEntry).where(AuditEntry.action == "campaigns.share_reviewed",
                                                           AuditEntry.object_id == str(share.id))).all()) == 2
    with pytest.raises(Invalid):  # a pass is final
        share_review.decide(share, "fail", "Non.", reviewer=reviewer)


def test_deleting_and_what_compliance_sees(app, browser, member, make_person, make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    _published(share)
    reviewer = make_person(roles=("compliance",))
    share_review.decide(share, "fail", "Retirez-la.", reviewer=reviewer)
    db.session.commit()
    queue = browser(reviewer).get("/review/posts").get_data(as_text=True)
    assert "En attente de modification ou de suppression par l'auteur" in queue.replace("&#39;", "'")
    stranger = member()
    assert browser(stranger).post(f"/shares/{share.id}/fix", data={"how": "deleted"}).status_code == 404
    assert browser(author).post(f"/shares/{share.id}/fix", data={"how": "deleted"}).status_code == 302
    db.session.expire_all()
    assert share_review.decision_for(share).resolution == "deleted"
    assert "Supprimée par l'auteur" in browser(reviewer).get("/review/posts").get_data(as_text=True).replace("&#39;", "'")
    assert "Supprimée après la revue" in browser(author).get("/me/posts").get_data(as_text=True)


def test_a_failed_post_not_yet_published_is_not_offered_for_publishing(app, browser, member, make_person,
                                                                        make_live_kit):
    author, share = _warned_share(member, make_live_kit)
    share_review.decide(share, "fail", "Ne le publiez pas ainsi.", reviewer=make_person(roles=("compliance",)))
    db.session.commit()
    client = browser(author)
    page = client.get(f"/shares/{share.id}").get_data(as_text=True)
    assert "Rédiger une nouvelle version" in page and 'id="fix-edited"' not in page
    assert "1. Publiez-la vous-même" not in page and "1. Publish it yourself" not in page
    assert client.post(f"/shares/{share.id}/fix", data={"how": "edited", "text": PASSING}).status_code == 422
    _notes_author, mails = _notes(author)
    assert len(mails) == 1 and "nouvelle version" in mails[0].body
