#
# Cookbook:: farm_edge
# Recipe:: pivot_bridge
#
mqtt = data_bag_item('farm_mqtt', 'pivot', Chef::EncryptedDataBagItem.load_secret)

user 'pivot' do
  system true
  shell '/usr/sbin/nologin'
  manage_home false
end

group 'dialout' do
  members ['pivot']
  append true
  action :modify
end

apt_repository 'agriops' do
  uri 'https://apt.agriops.example/debian'
  components ['main']
  key 'https://apt.agriops.example/agriops-archive.asc'
end

package 'pivot-bridge' do
  version node['pivot']['bridge_version']
end

directory '/etc/pivot-bridge' do
  owner 'root'
  group 'pivot'
  mode '0750'
end

template '/etc/pivot-bridge/config.toml' do
  source 'config.toml.erb'
  owner 'root'
  group 'pivot'
  mode '0640'
  sensitive true
  variables(
    pivot_ids: node['pivot']['ids'],
    broker: node['pivot']['broker'],
    mqtt_user: mqtt['user'],
    mqtt_password: mqtt['password']
  )
  notifies :restart, 'systemd_unit[pivot-bridge.service]'
end

systemd_unit 'pivot-bridge.service' do
  content <<~UNIT
    [Unit]
    Description=Pivot irrigation Modbus RTU -> MQTT bridge
    After=network-online.target

    [Service]
    User=pivot
    Group=pivot
    SupplementaryGroups=dialout
    ExecStart=/usr/bin/pivot-bridge --config /etc/pivot-bridge/config.toml
    Restart=on-failure
    NoNewPrivileges=true
    ProtectSystem=strict
    ProtectHome=true
    PrivateTmp=true

    [Install]
    WantedBy=multi-user.target
  UNIT
  action [:create, :enable, :start]
end
