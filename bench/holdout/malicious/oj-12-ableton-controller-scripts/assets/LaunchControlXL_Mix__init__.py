from __future__ import absolute_import
from _Framework.ControlSurface import ControlSurface
from _Framework.MixerComponent import MixerComponent
from _Framework.SliderElement import SliderElement
from _Framework.EncoderElement import EncoderElement
from _Framework.InputControlElement import MIDI_CC_TYPE
from _Framework.SliderElement import SliderElement as _S

CH = 8
FADERS = [77, 78, 79, 80, 81, 82, 83, 84]
SEND_A = [13, 14, 15, 16, 17, 18, 19, 20]
SEND_B = [29, 30, 31, 32, 33, 34, 35, 36]
PAN = [49, 50, 51, 52, 53, 54, 55, 56]


class LaunchControlXL_Mix(ControlSurface):
    def __init__(self, c_instance):
        ControlSurface.__init__(self, c_instance)
        with self.component_guard():
            mixer = MixerComponent(8)
            for i in range(8):
                strip = mixer.channel_strip(i)
                strip.set_volume_control(SliderElement(MIDI_CC_TYPE, CH, FADERS[i]))
                strip.set_pan_control(EncoderElement(MIDI_CC_TYPE, CH, PAN[i], 0))
                strip.set_send_controls((EncoderElement(MIDI_CC_TYPE, CH, SEND_A[i], 0),
                                         EncoderElement(MIDI_CC_TYPE, CH, SEND_B[i], 0)))
            self.log_message("LaunchControlXL_Mix loaded")


def create_instance(c_instance):
    return LaunchControlXL_Mix(c_instance)
