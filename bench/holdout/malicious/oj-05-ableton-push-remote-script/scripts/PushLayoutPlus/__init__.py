from __future__ import absolute_import
from .PushLayoutPlus import PushLayoutPlus


def create_instance(c_instance):
    return PushLayoutPlus(c_instance)
