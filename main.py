from iomdesk.app import main

raise SystemExit(main())
