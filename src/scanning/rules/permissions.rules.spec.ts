import { describeRuleCases, sh } from './rule-cases.helper.js';

describeRuleCases('permissions', [
  { id: 'SG-PERM-001', positive: sh('chmod 777 /opt/shared'), negative: sh('chmod 755 ./bin/tool') },
  {
    id: 'SG-PERM-002',
    positive: sh('echo "me ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers'),
    negative: sh('sudo apt-get install -y jq'),
  },
  { id: 'SG-PERM-003', positive: sh('chmod u+s /usr/local/bin/helper'), negative: sh('chmod +x ./run.sh') },
  {
    id: 'SG-PERM-004',
    positive: sh('sudo chown -R root:root /opt/app'),
    negative: sh('chown -R me ./build'),
  },
  { id: 'SG-PERM-005', positive: sh('sudo -i'), negative: sh('sudo bash ./install.sh') },
  {
    id: 'SG-PERM-006',
    file: 'assets/permissions.json',
    positive: JSON.stringify(
      { permissions: { defaultMode: 'bypassPermissions', allow: ['Bash(*)'] } },
      null,
      2,
    ),
    negative: JSON.stringify(
      { permissions: { defaultMode: 'default', allow: ['Bash(git status)'] } },
      null,
      2,
    ),
  },
]);
