"""Control characters (NUL first: PostgreSQL refuses it) are refused up front, never a 500."""
import pytest


@pytest.mark.parametrize("bad", ["a\x00b", "x\x1by", "\x7f"])
def test_form_field_with_a_control_character_is_refused_with_a_page(client, make_person, login, bad):
    login(client, make_person())
    response = client.post("/me/tokens", data={"label": bad})
    assert response.status_code == 400
    assert "label" in response.get_data(as_text=True)


def test_tabs_and_newlines_are_ordinary_text(client, make_person, login):
    login(client, make_person())
    response = client.post("/me/tokens", data={"label": "line one\r\n\tline two"})
    assert response.status_code in (200, 302)


def test_api_json_with_nul_answers_422_naming_the_field(client, make_person, api_headers):
    headers = api_headers(make_person())
    response = client.post("/api/v1/disclosure/check", headers=headers,
                           json={"text": "Publicité\x00 hello", "network": "x"})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid_characters" and error["field"] == "text"


def test_query_string_with_nul_is_refused(client, make_person, login):
    login(client, make_person())
    response = client.get("/?q=%00")
    assert response.status_code == 400
