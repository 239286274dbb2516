"""The one layout every email shares, as Jinja2 templates: plain text and simple HTML.

The HTML is deliberately plain (a table, inline styles, no images, no remote resources):
mail clients strip stylesheets, and a remote image would tell a tracker when a message was
opened. Kept as strings rather than files so the package needs no data files.
"""

from __future__ import annotations

TEXT_LAYOUT = """\
{{ network }}

{% for p in paragraphs %}{{ p }}

{% endfor %}{% if link %}{{ action }}
{{ link }}

{% endif %}{% for p in notes %}{{ p }}
{% endfor %}
--
{{ footer }}
"""

# Inline styles (clients drop <style> blocks), kept here so the layout lines stay readable.
STYLES = {
    "page": "margin:0;padding:0;background:#f4f4f5;",
    "card": "max-width:560px;background:#ffffff;border-radius:6px;"
    "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#18181b;",
    "head": "padding:20px 24px;border-bottom:1px solid #e4e4e7;font-size:18px;font-weight:bold;",
    "body": "padding:20px 24px;",
    "p": "margin:0 0 16px;",
    "button": "display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;"
    "text-decoration:none;border-radius:4px;font-weight:bold;",
    "hint": "margin:0 0 16px;font-size:13px;color:#52525b;",
    "link": "color:#1d4ed8;word-break:break-all;",
    "note": "margin:0 0 12px;font-size:14px;color:#52525b;",
    "foot": "padding:16px 24px;border-top:1px solid #e4e4e7;font-size:12px;color:#71717a;",
}

HTML_LAYOUT = """\
<!DOCTYPE html>
<html lang="{{ lang }}" dir="{{ direction }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ subject }}</title>
</head>
<body style="{{ s.page }}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="{{ s.page }}">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"
 style="{{ s.card }}text-align:{{ 'right' if direction == 'rtl' else 'left' }};">
<tr><td style="{{ s.head }}">{{ network }}</td></tr>
<tr><td style="{{ s.body }}">
{% for p in paragraphs %}<p style="{{ s.p }}">{{ p }}</p>
{% endfor %}{% if link %}<p style="margin:24px 0;">\
<a href="{{ link }}" style="{{ s.button }}">{{ action }}</a></p>
<p style="{{ s.hint }}">{{ link_hint }}<br>\
<a href="{{ link }}" style="{{ s.link }}" dir="ltr">{{ link }}</a></p>
{% endif %}{% for p in notes %}<p style="{{ s.note }}">{{ p }}</p>
{% endfor %}</td></tr>
<tr><td style="{{ s.foot }}">{{ footer }}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
