import pathlib, unittest
from leakscan.__main__ import scan_text  # noqa: E402  (module runs main on import? no: guarded below)

FIX = pathlib.Path(__file__).parent / "fixtures"


class T(unittest.TestCase):
    def rules(self, name):
        return {f["rule"] for f in scan_text(name, (FIX / name).read_text())}

    def test_leaky(self):
        r = self.rules("leaky_config.py")
        for want in ["aws-access-key-id", "github-token", "slack-token", "stripe-secret", "postgres-url"]:
            self.assertIn(want, r)

    def test_private_key(self):
        self.assertIn("private-key", self.rules("id_rsa_fake.txt"))

    def test_clean(self):
        self.assertEqual(set(), self.rules("clean.py"))

    def test_redaction(self):
        for f in scan_text("leaky_config.py", (FIX / "leaky_config.py").read_text()):
            self.assertNotIn("EXAMPLEKEY", f["match"])


if __name__ == "__main__":
    unittest.main()
