# server/examples/client.py
import json
import os
import urllib.error
import urllib.request

BASE = os.environ.get("BEIAN_CHECK_URL", "http://127.0.0.1:8787")


def validate_filing(form, **options):
    """validateFiling(form, options) on the server: the browser's result."""
    request = urllib.request.Request(
        f"{BASE}/v1/filing",
        data=json.dumps({"form": form, "options": options}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:  # 4xx: {"error": code, "message": words}
        raise ValueError(json.load(error)["message"]) from None


form = {
    "kind": "personal",
    "region": {"province": "440000", "city": "440300", "district": "440305"},
    "subject": {
        "name": "张三",
        "mailingAddress": "广东省深圳市南山区科技园南路 16 号 2 栋 301 室",
        "owner": {"name": "张三", "idType": "resident_id", "idNumber": "440305198507048911",
                  "mobile": "13923456789", "emergencyPhone": "13712345678", "email": "zhangsan@example.com"},
    },
    "websites": [{"name": "张三的摄影日记", "domains": ["zhangsan-photo.cn"],
                  "homepageUrls": ["https://www.zhangsan-photo.cn/"], "serviceContent": "其他"}],
}
result = validate_filing(form, locale="en", asOf="2026-11-22")
print("ok:", result["ok"])
for finding in result["findings"]:
    print(finding["severity"], finding["path"], finding["code"])
