"""``python -m iomdesk``: the same entry point as ``iomdesk`` and ``python main.py``."""

if __name__ == "__main__":
    import sys

    if getattr(sys, "frozen", False):  # a frozen app's import worker processes (services/importing/pool.py)
        import multiprocessing

        multiprocessing.freeze_support()
    from iomdesk.app import main

    raise SystemExit(main())
