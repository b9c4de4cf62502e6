args = argv();
if exist('OCTAVE_VERSION', 'builtin'), pkg load signal; end
fname = args{1}; f1 = str2double(args{2}); f2 = str2double(args{3});
fid = fopen(fname); 
% skip GeoCSV header lines starting with '#'
line = fgetl(fid); hdr = 0;
while ischar(line) && line(1) == '#', hdr++; line = fgetl(fid); end
fclose(fid);
M = dlmread(fname, ',', hdr + 1, 1);
x = M(:, 1); fs = 40;
x = detrend(x - mean(x));
[b, a] = butter(4, [f1 f2] / (fs / 2), 'bandpass');
y = filtfilt(b, a, x);
t = (0:numel(x)-1) / fs;
figure('visible', 'off'); plot(t, y); xlabel('s'); ylabel('counts');
title(sprintf('Band-pass %.3f-%.3f Hz', f1, f2)); print('-dpng', 'filtered.png');
N = numel(x); F = (0:N-1) * fs / N; X = abs(fft(x));
figure('visible', 'off'); loglog(F(2:floor(N/2)), X(2:floor(N/2))); xlabel('Hz');
print('-dpng', 'spectrum.png');
printf('wrote filtered.png and spectrum.png (%d samples)\n', N);
