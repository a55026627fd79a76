"""Writes DOCX seeds for the `decode` fuzz target: a selector byte 2, then a small DOCX with
automatic list numbering, once with stored (mutable) XML parts and once deflated."""
import sys
import zipfile
import io

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, num=None):
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>' if num else ''
    return f'<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>'


BODY = ''.join([
    para('ПРИКАЗ'), para('20 октября 2020 года'), para('ПРИКАЗЫВАЮ:'),
    para('Утвердить план мероприятий.', (1, 0)),
    para('Отделу образования разместить план на сайте до 01 ноября 2020 года.', (1, 1)),
    para('Контроль за исполнением приказа оставляю за собой.', (1, 0)),
    '<w:tbl><w:tr><w:tc>' + para('1') + '</w:tc><w:tc>' + para('Провести совещание') + '</w:tc><w:tc>'
    + para('до 1 декабря 2020 г.') + '</w:tc></w:tr></w:tbl>',
])
PARTS = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    'word/document.xml': f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{BODY}</w:body></w:document>',
    'word/numbering.xml': f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS}><w:abstractNum w:abstractNumId="7">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%2)"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>',
}

for method, name in [(zipfile.ZIP_STORED, 'docx-stored'), (zipfile.ZIP_DEFLATED, 'docx-deflated')]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', method) as z:
        for part, text in PARTS.items():
            z.writestr(part, text.encode())
    with open(f'{sys.argv[1]}/{name}', 'wb') as out:
        out.write(b'\x02' + buf.getvalue())
