"""The frozen app's entry point (packaging/iomdesk.spec): ``iomdesk`` with freeze_support, so the
import worker processes (services/importing/pool.py) start as workers, not as a second app."""

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    from iomdesk.app import main

    raise SystemExit(main())
