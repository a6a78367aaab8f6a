import pytest

from devtools.localslack.parsing import parse_args
from devtools.localslack.workspace import SlackError


def test_multipart_fields_are_text_and_files_are_bytes() -> None:
    body = (
        b"--XYZ\r\n"
        b'Content-Disposition: form-data; name="channels"\r\n\r\n'
        b"C0RAD\r\n"
        b"--XYZ\r\n"
        b'Content-Disposition: form-data; name="file"; filename="a.csv"\r\n'
        b"Content-Type: text/csv\r\n\r\n"
        b"a;b\n1;2\r\n"
        b"--XYZ--\r\n"
    )

    args = parse_args("multipart/form-data; boundary=XYZ", body, "")

    assert args == {"channels": "C0RAD", "file": b"a;b\n1;2"}


def test_query_and_form_merge_and_json_arguments_are_decoded() -> None:
    args = parse_args(
        "application/x-www-form-urlencoded",
        b"blocks=%5B%7B%22type%22%3A%22divider%22%7D%5D&text=h%C3%A4j",
        "channel=C0RAD",
    )

    assert args == {"channel": "C0RAD", "text": "häj", "blocks": [{"type": "divider"}]}


def test_a_body_without_content_type_is_refused() -> None:
    with pytest.raises(SlackError, match="missing_post_type"):
        parse_args(None, b"text=x", "")
