"""The Python module codes the example article like the command line does."""
import os
import sys

sys.path.insert(0, sys.argv[1])
import dyad  # noqa: E402

root = sys.argv[2]
text = open(os.path.join(root, "examples", "mediamax-russia-urges-armenia.txt"), encoding="utf-8").read()
raw = text.encode("utf-8")
p = dyad.Pipeline()
events = p.code(text, date="2024-01-15", doc_id="mediamax")
assert events, "no events"
assert any(e["source"] == "RUS" and e["target"] == "ARM" and e["root"] == "02" for e in events), events
for e in events:
    assert e["date"] == "20240115"
    assert isinstance(e["code"], str)
    for f in ("source", "target", "verb"):
        b, end = e[f + "_span"]
        assert raw[b:end].decode("utf-8") == e[f + "_text"], (f, e)
try:
    p.code("   ")
    raise SystemExit("empty article accepted")
except ValueError as err:
    assert "empty article" in str(err), err
try:
    p.code("x", date="yesterday")
    raise SystemExit("bad date accepted")
except ValueError as err:
    assert "date" in str(err)
print("python module: %d events, all spans valid" % len(events))
