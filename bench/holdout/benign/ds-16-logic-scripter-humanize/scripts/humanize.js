// Humanize – timing and velocity variation for Logic Pro Scripter
var NeedsTimingInfo = true;

var PluginParameters = [
  { name: "Timing range (ms)", type: "lin", minValue: 0, maxValue: 40, numberOfSteps: 40, defaultValue: 8 },
  { name: "Velocity range", type: "lin", minValue: 0, maxValue: 40, numberOfSteps: 40, defaultValue: 10 },
  { name: "Accent downbeats", type: "checkbox", defaultValue: 1 },
  { name: "Accent amount", type: "lin", minValue: 0, maxValue: 30, numberOfSteps: 30, defaultValue: 12 }
];

function rand(range) {
  return (Math.random() * 2 - 1) * range;
}

function HandleMIDI(event) {
  if (event instanceof NoteOn) {
    var info = GetTimingInfo();
    var vel = event.velocity + rand(GetParameter("Velocity range"));

    if (GetParameter("Accent downbeats") && info.playing) {
      var frac = event.beatPos - Math.floor(event.beatPos);
      if (frac < 0.02 || frac > 0.98) vel += GetParameter("Accent amount");
    }
    event.velocity = Math.max(1, Math.min(127, Math.round(vel)));

    var delay = Math.max(0, rand(GetParameter("Timing range (ms)")) + GetParameter("Timing range (ms)"));
    event.sendAfterMilliseconds(delay);
  } else if (event instanceof NoteOff) {
    // keep note-offs after their note-ons
    event.sendAfterMilliseconds(GetParameter("Timing range (ms)") * 2);
  } else {
    event.send();
  }
}
