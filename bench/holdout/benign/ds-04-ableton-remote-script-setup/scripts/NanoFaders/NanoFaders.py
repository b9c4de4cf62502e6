from __future__ import absolute_import

import Live
from _Framework.ControlSurface import ControlSurface
from _Framework.InputControlElement import MIDI_CC_TYPE
from _Framework.SliderElement import SliderElement
from _Framework.EncoderElement import EncoderElement
from _Framework.MixerComponent import MixerComponent
from _Framework.DeviceComponent import DeviceComponent

MIDI_CHANNEL = 0
FADER_CCS = [0, 1, 2, 3, 4, 5, 6, 7]
KNOB_CCS = [16, 17, 18, 19, 20, 21, 22, 23]


class NanoFaders(ControlSurface):
    def __init__(self, c_instance):
        super(NanoFaders, self).__init__(c_instance)
        with self.component_guard():
            self._setup_mixer()
            self._setup_device()
        self.log_message("NanoFaders loaded")
        self.show_message("NanoFaders ready")

    def _setup_mixer(self):
        self._mixer = MixerComponent(len(FADER_CCS))
        for i, cc in enumerate(FADER_CCS):
            fader = SliderElement(MIDI_CC_TYPE, MIDI_CHANNEL, cc)
            self._mixer.channel_strip(i).set_volume_control(fader)
        self._mixer.set_track_offset(0)

    def _setup_device(self):
        self._device = DeviceComponent(device_selection_follows_track_selection=True)
        knobs = [EncoderElement(MIDI_CC_TYPE, MIDI_CHANNEL, cc,
                                Live.MidiMap.MapMode.absolute) for cc in KNOB_CCS]
        self._device.set_parameter_controls(tuple(knobs))
        self.set_device_component(self._device)

    def disconnect(self):
        self.log_message("NanoFaders disconnect")
        super(NanoFaders, self).disconnect()
