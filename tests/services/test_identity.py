from iomdesk.services import identity


def test_os_user_is_the_login_name(monkeypatch):
    monkeypatch.setenv("LOGNAME", "amina")
    monkeypatch.setenv("USER", "amina")
    assert identity.os_user() == "amina"


def test_os_user_without_any_login_name_is_unknown(monkeypatch):
    def no_user():
        raise OSError("No username set in the environment")

    monkeypatch.setattr(identity.getpass, "getuser", no_user)
    assert identity.os_user() == "unknown"
