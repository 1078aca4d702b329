#!/usr/bin/env python3
"""Writes the JSON of a personalised send to N recipients in the five languages (for bench/mail.sh)."""
import json
import sys

n = int(sys.argv[1])
domains = int(sys.argv[2]) if len(sys.argv) > 2 else 50
languages = ["EN", "FR", "ES", "AR", "PT"]
contents = {
    "EN": {"subject": "Global update for {{name}}", "text": "Dear {{name}},\n\nThe campaign in {{country}} goes on. " * 8
           + "\nUnsubscribe: {{unsubscribe_url}}", "html": "<p>Dear {{name}},</p><p>The campaign in {{country}} goes on.</p>" * 8},
    "FR": {"subject": "Nouvelles pour {{name}}", "text": "Chère, cher {{name}},\n\nLa campagne continue en {{country}}. " * 8,
           "html": "<p>Chère, cher {{name}},</p><p>La campagne continue en {{country}}.</p>" * 8},
    "ES": {"subject": "Novedades para {{name}}", "text": "Estimada/o {{name}},\n\nLa campaña sigue en {{country}}. " * 8,
           "html": "<p>Estimada/o {{name}}</p>" * 8},
    "AR": {"subject": "تحديث الحملة إلى {{name}}", "text": "عزيزتي/عزيزي {{name}}، الحملة مستمرة في {{country}}. " * 8,
           "html": "<p dir=\"rtl\">عزيزتي/عزيزي {{name}}</p>" * 8},
    "PT": {"subject": "Novidades para {{name}}", "text": "Cara/Caro {{name}},\n\nA campanha continua em {{country}}. " * 8,
           "html": "<p>Cara/Caro {{name}}</p>" * 8},
}
recipients = [{"address": f"reader{i}@d{i % domains}.bench.test", "name": f"Reader {i}",
               "language": languages[i % 5], "fields": {"country": f"Country {i % 193}"}} for i in range(n)]
json.dump({"name": f"Benchmark send to {n}", "fromAddress": "updates@lists.bench.test", "fromName": "Coalition",
           "replyTo": None, "list": {"id": "Bench <bench.lists.bench.test>", "unsubscribe": "leave@lists.bench.test",
                                     "archive": "https://amicus.bench.test/lists/bench", "post": None},
           "contents": contents, "recipients": recipients}, sys.stdout, ensure_ascii=False)
