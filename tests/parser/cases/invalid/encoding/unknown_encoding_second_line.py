#!/usr/bin/python
# vim: set fileencoding=nosuch :
