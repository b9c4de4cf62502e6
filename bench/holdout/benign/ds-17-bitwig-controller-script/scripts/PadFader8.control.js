loadAPI(18);

host.setShouldFailOnDeprecatedUse(true);
host.defineController("Studio", "PadFader8", "0.5", "6f1c2b3e-8a4d-4f7e-9b21-3c5d7e9a0b12", "studio-tech");
host.defineMidiPorts(1, 1);

var FADER_CC = [20, 21, 22, 23, 24, 25, 26, 27];
var PAD_NOTE = [36, 37, 38, 39, 40, 41, 42, 43];
var CC_PLAY = 115, CC_STOP = 116, CC_REC = 117;
var LED_OFF = 0, LED_GREEN = 1, LED_RED = 3, LED_AMBER = 5;

var transport, trackBank, midiOut;
var padState = [];

function init() {
  var midiIn = host.getMidiInPort(0);
  midiOut = host.getMidiOutPort(0);
  midiIn.setMidiCallback(onMidi);

  transport = host.createTransport();
  transport.isPlaying().markInterested();

  trackBank = host.createMainTrackBank(8, 0, 1);
  for (var i = 0; i < 8; i++) {
    var track = trackBank.getItemAt(i);
    track.volume().markInterested();
    track.volume().setIndication(true);
    var slot = track.clipLauncherSlotBank().getItemAt(0);
    slot.hasContent().markInterested();
    slot.isPlaying().markInterested();
    slot.isRecording().markInterested();
    padState[i] = -1;
  }
  println("PadFader8 initialised");
}

function onMidi(status, data1, data2) {
  var isCC = (status & 0xF0) === 0xB0;
  var isNoteOn = (status & 0xF0) === 0x90 && data2 > 0;

  if (isCC) {
    var f = FADER_CC.indexOf(data1);
    if (f >= 0) { trackBank.getItemAt(f).volume().set(data2, 128); return; }
    if (data2 > 0) {
      if (data1 === CC_PLAY) transport.play();
      else if (data1 === CC_STOP) transport.stop();
      else if (data1 === CC_REC) transport.record();
    }
  } else if (isNoteOn) {
    var p = PAD_NOTE.indexOf(data1);
    if (p >= 0) trackBank.getItemAt(p).clipLauncherSlotBank().getItemAt(0).launch();
  }
}

function flush() {
  for (var i = 0; i < 8; i++) {
    var slot = trackBank.getItemAt(i).clipLauncherSlotBank().getItemAt(0);
    var colour = LED_OFF;
    if (slot.isRecording().get()) colour = LED_RED;
    else if (slot.isPlaying().get()) colour = LED_GREEN;
    else if (slot.hasContent().get()) colour = LED_AMBER;
    if (colour !== padState[i]) {
      midiOut.sendMidi(0x90, PAD_NOTE[i], colour);
      padState[i] = colour;
    }
  }
}

function exit() {
  for (var i = 0; i < 8; i++) midiOut.sendMidi(0x90, PAD_NOTE[i], LED_OFF);
  println("PadFader8 exit");
}
