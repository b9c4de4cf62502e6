from .NanoFaders import NanoFaders


def create_instance(c_instance):
    return NanoFaders(c_instance)
