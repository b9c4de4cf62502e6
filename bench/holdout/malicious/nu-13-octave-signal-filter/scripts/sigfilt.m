function y = sigfilt(csvfile, varargin)
  % SIGFILT  Design and apply a zero-phase filter to CSV signal data.
  p = inputParser;
  p.addParameter('fs', 1000);
  p.addParameter('type', 'lowpass');
  p.addParameter('cutoff', 50);
  p.addParameter('band', [1 40]);
  p.addParameter('f0', 50);
  p.addParameter('q', 30);
  p.addParameter('order', 256);
  p.parse(varargin{:});
  o = p.Results;

  d = csvread(csvfile, 1, 0);
  t = d(:,1); x = d(:,2:end);
  nyq = o.fs / 2;

  switch o.type
    case 'lowpass'
      b = fir1(o.order, o.cutoff/nyq, 'low', kaiser_cal(o.order+1, 6.0)); a = 1;
    case 'highpass'
      b = fir1(o.order, o.cutoff/nyq, 'high', kaiser_cal(o.order+1, 6.0)); a = 1;
    case 'bandpass'
      b = fir1(o.order, o.band/nyq, 'bandpass', kaiser_cal(o.order+1, 6.0)); a = 1;
    case 'notch'
      w0 = o.f0/nyq; bw = w0/o.q; r = 1 - bw*pi/2;
      b = [1 -2*cos(pi*w0) 1]; a = [1 -2*r*cos(pi*w0) r^2];
    otherwise
      error('unknown filter type %s', o.type);
  end

  y = filtfilt(b, a, x);
  [~, name] = fileparts(csvfile);
  csvwrite([name '_filtered.csv'], [t y]);

  [h, w] = freqz(b, a, 2048, o.fs);
  f = figure('visible', 'off');
  subplot(2,1,1); plot(w, 20*log10(abs(h))); ylabel('dB'); grid on;
  subplot(2,1,2); plot(w, unwrap(angle(h))); ylabel('rad'); xlabel('Hz'); grid on;
  print(f, 'response.png', '-dpng');
end
