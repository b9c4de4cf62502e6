#!/usr/bin/env perl
# ssh-audit.pl — read-only audit of OpenSSH client config and ~/.ssh permissions.
use strict;
use warnings;
use File::Spec;
use File::Glob qw(bsd_glob);
use Getopt::Long;
use Fcntl ':mode';

my %opt = (json => 0, 'check-passphrase' => 0, 'fix-perms' => 0, host => undef,
           dir => File::Spec->catdir($ENV{HOME}, '.ssh'));
GetOptions(\%opt, 'json', 'check-passphrase', 'fix-perms', 'host=s', 'dir=s')
    or die "usage: $0 [--json] [--check-passphrase] [--fix-perms] [--host NAME]\n";

my @findings;
sub finding {
    my (%f) = @_;
    push @findings, \%f;
}

my %WEAK = map { $_ => 1 } qw(
    3des-cbc aes128-cbc aes192-cbc aes256-cbc blowfish-cbc cast128-cbc arcfour arcfour128 arcfour256
    hmac-md5 hmac-md5-96 hmac-md5-etm@openssh.com hmac-sha1-96 umac-64@openssh.com
    diffie-hellman-group1-sha1 diffie-hellman-group-exchange-sha1 ssh-dss ssh-rsa
);

# ---------------------------------------------------------------- config parsing
sub expand_path {
    my ($p) = @_;
    $p =~ s/^~(?=\/|$)/$ENV{HOME}/;
    $p = File::Spec->catfile($opt{dir}, $p) unless File::Spec->file_name_is_absolute($p);
    return $p;
}

sub parse_config {
    my ($file, $seen, $depth) = @_;
    return if $depth > 8 || $seen->{$file}++;
    open(my $fh, '<', $file) or return;
    my $block = 'Host *';
    while (my $line = <$fh>) {
        chomp $line;
        next if $line =~ /^\s*(#|$)/;
        my ($kw, $val) = $line =~ /^\s*(\S+)\s*(?:=\s*|\s+)(.*?)\s*$/ or next;
        my $k = lc $kw;
        if ($k eq 'host' || $k eq 'match') { $block = "$kw $val"; next }
        my $where = { file => $file, line => $., block => $block, directive => "$kw $val" };
        my $broad = $block =~ /^Host\s+.*\*/i || $block =~ /^Match\s+all/i;

        if ($k eq 'include') {
            parse_config($_, $seen, $depth + 1) for map { bsd_glob(expand_path($_)) } split ' ', $val;
        }
        elsif ($k eq 'forwardagent' && lc $val eq 'yes' && $broad) {
            finding(severity => 'HIGH', %$where,
                why => 'Agent forwarding to every matching host lets any compromised host use your keys.',
                fix => 'Remove it here; set ForwardAgent yes only under specific trusted Host entries, or use ProxyJump.');
        }
        elsif ($k eq 'stricthostkeychecking' && $val =~ /^(no|off)$/i) {
            finding(severity => $broad ? 'HIGH' : 'MEDIUM', %$where,
                why => 'Host key changes (possible MITM) are silently accepted.',
                fix => 'Use "StrictHostKeyChecking accept-new" instead.');
        }
        elsif ($k eq 'userknownhostsfile' && $val =~ m{/dev/null}) {
            finding(severity => 'MEDIUM', %$where,
                why => 'Host keys are never remembered, so MITM cannot be detected.',
                fix => 'Limit this to throwaway lab hosts, or remove it.');
        }
        elsif ($k eq 'passwordauthentication' && lc $val eq 'yes' && $broad) {
            finding(severity => 'INFO', %$where,
                why => 'Password auth enabled for all hosts.',
                fix => 'Prefer keys; enable passwords only where needed.');
        }
        elsif ($k =~ /^(ciphers|macs|kexalgorithms|hostkeyalgorithms|pubkeyacceptedalgorithms|pubkeyacceptedkeytypes)$/) {
            (my $list = $val) =~ s/^[+^-]//;
            my @weak = grep { $WEAK{$_} } split /,/, $list;
            finding(severity => 'MEDIUM', %$where,
                why => 'Legacy algorithm(s) enabled: ' . join(', ', @weak),
                fix => 'Drop them unless a specific old device needs them; scope to that Host.') if @weak;
        }
        elsif ($k eq 'identityfile') {
            my $p = expand_path($val);
            finding(severity => 'INFO', %$where, why => "IdentityFile $p does not exist.",
                fix => 'Remove or correct the path.') unless $p =~ /%/ || -e $p;
        }
    }
    close $fh;
}

# ---------------------------------------------------------------- permissions
sub mode_of { my @s = stat($_[0]); return @s ? ($s[2] & 07777, $s[4]) : () }

sub check_perms {
    my $d = $opt{dir};
    return unless -d $d;
    my ($m, $uid) = mode_of($d);
    if ($m & 077) {
        finding(severity => 'HIGH', file => $d, why => sprintf('~/.ssh is mode %04o', $m), fix => 'chmod 700 ~/.ssh',
                _chmod => [0700, $d]);
    }
    finding(severity => 'HIGH', file => $d, why => '~/.ssh not owned by you', fix => 'chown it back') if $uid != $<;

    opendir(my $dh, $d) or return;
    for my $name (sort readdir $dh) {
        next if $name =~ /^\./;
        my $p = File::Spec->catfile($d, $name);
        next unless -f $p;
        my ($fm, $fu) = mode_of($p);
        my $is_private = -e "$p.pub";
        if ($is_private && ($fm & 077)) {
            finding(severity => 'HIGH', file => $p, why => sprintf('private key mode %04o', $fm),
                    fix => "chmod 600 $p", _chmod => [0600, $p]);
        }
        elsif ($name =~ /^(config|authorized_keys)$/ && ($fm & 022)) {
            finding(severity => 'HIGH', file => $p, why => sprintf('%s is group/world-writable (%04o)', $name, $fm),
                    fix => "chmod 600 $p", _chmod => [0600, $p]);
        }
        if ($is_private && $opt{'check-passphrase'}) {
            # Exit status only: 0 means the empty passphrase worked, i.e. the key is unencrypted.
            # stdout (the derived public key) and stderr are discarded.
            my $rc = system("ssh-keygen -y -P '' -f \Q$p\E >/dev/null 2>&1");
            if ($rc == 0) {
                finding(severity => 'MEDIUM', file => $p, why => 'private key has no passphrase',
                        fix => "ssh-keygen -p -f $p");
            }
        }
    }
    closedir $dh;
}

# ---------------------------------------------------------------- main
if (defined $opt{host}) {
    exec('ssh', '-G', $opt{host});
}

my $cfg = File::Spec->catfile($opt{dir}, 'config');
parse_config($cfg, {}, 0) if -e $cfg;
check_perms();

if ($opt{'fix-perms'}) {
    my @fixable = grep { $_->{_chmod} } @findings;
    if (@fixable) {
        print "Will run:\n", map { sprintf("  chmod %04o %s\n", @{ $_->{_chmod} }) } @fixable;
        print "Proceed? [y/N] ";
        if ((<STDIN> // '') =~ /^y/i) {
            for (@fixable) {
                my ($mode, $path) = @{ $_->{_chmod} };
                chmod $mode, $path or warn "chmod $path: $!\n";
            }
            print "Done.\n";
        }
    }
}

my %rank = (HIGH => 0, MEDIUM => 1, INFO => 2);
@findings = sort { $rank{ $a->{severity} } <=> $rank{ $b->{severity} } } @findings;

if ($opt{json}) {
    my $esc = sub { my $s = shift // ''; $s =~ s/(["\\])/\\$1/g; $s =~ s/\n/\\n/g; "\"$s\"" };
    print "[\n", join(",\n", map {
        my $f = $_;
        '  {' . join(', ', map { "\"$_\": " . ($_ eq 'line' ? ($f->{$_} // 'null') : $esc->($f->{$_})) }
            grep { !/^_/ && defined $f->{$_} } sort keys %$f) . '}'
    } @findings), "\n]\n";
} else {
    print "No findings.\n" unless @findings;
    for my $f (@findings) {
        my $loc = $f->{file} . (defined $f->{line} ? ":$f->{line}" : '');
        printf "[%-6s] %s\n", $f->{severity}, $loc;
        printf "         %s  (in %s)\n", $f->{directive}, $f->{block} if $f->{directive};
        printf "         why: %s\n         fix: %s\n", $f->{why}, $f->{fix};
    }
}
