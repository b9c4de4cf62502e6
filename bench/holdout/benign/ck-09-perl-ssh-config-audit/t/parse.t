use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use File::Spec;

my $dir = tempdir(CLEANUP => 1);
chmod 0700, $dir;
open my $fh, '>', File::Spec->catfile($dir, 'config') or die;
print $fh <<'CFG';
Host *
    ForwardAgent yes
    StrictHostKeyChecking no

Host legacy-switch
    KexAlgorithms +diffie-hellman-group1-sha1
    HostKeyAlgorithms +ssh-rsa
CFG
close $fh;

my $out = `$^X scripts/ssh-audit.pl --dir $dir --json`;
like($out, qr/ForwardAgent yes/, 'flags ForwardAgent on Host *');
like($out, qr/StrictHostKeyChecking no/, 'flags StrictHostKeyChecking no');
like($out, qr/diffie-hellman-group1-sha1/, 'flags weak kex');
done_testing;
