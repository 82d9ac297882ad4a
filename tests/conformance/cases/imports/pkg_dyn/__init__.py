LABEL = "pkg_dyn root"
