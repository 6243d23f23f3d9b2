"""Questions, fields and departments for the questions app's tests."""

import itertools

from questions import workflow
from questions.models import Department, Field, Question
from tests.factories import first_site, make_captcha, make_editor

_sequence = itertools.count(1)


def make_field(name="Đất đai", site=None):
    return Field.objects.create(name=name, site=site or first_site())


def make_department(name="Phòng Tài nguyên và Môi trường", site=None):
    return Department.objects.create(name=name, site=site or first_site())


def make_question(site=None, **fields):
    """A question as a citizen sent it: new, unseen."""
    number = next(_sequence)
    fields.setdefault("name", f"Người hỏi {number}")
    fields.setdefault("phone", "+84912345678")
    fields.setdefault("email", f"nguoihoi{number}@example.vn")
    fields.setdefault("title", f"Câu hỏi số {number}")
    fields.setdefault("body", f"Nội dung câu hỏi số {number}.")
    fields.setdefault("ip_address", "203.113.0.9")
    return Question.objects.create(site=site or first_site(), **fields)


def publish_question(question, answer="Trả lời: hồ sơ nộp tại bộ phận một cửa.", department=None, by=None):
    """Answer `question` in a department's name and publish it, as an editor of its portal does."""
    site = question.site
    by = by or make_editor(site=site)
    department = department or make_department(site=site)
    workflow.answer(question, body=answer, department=department, by=by)
    workflow.publish(question, by=by)
    return question


def question_data(field=None, **values):
    """A valid "Đặt câu hỏi" post, shown a minute ago, with a freshly solved captcha."""
    from tests.factories import form_started

    data = {
        "name": "Trần Thị Mai",
        "phone": "0912 345 678",
        "email": "mai.tran@example.vn",
        "field": field.pk if field else "",
        "title": "Thủ tục cấp sổ đỏ lần đầu",
        "body": "Gia đình tôi có mảnh đất ở tổ 5, xin hỏi thủ tục cấp giấy chứng nhận lần đầu?",
        "captcha": "abcd",
        "captcha_key": make_captcha(answer="abcd"),
        "started": form_started(),
        "website": "",
    }
    data.update(values)
    return data
