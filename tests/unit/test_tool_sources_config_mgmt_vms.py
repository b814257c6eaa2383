"""Fourteenth round, tool sources: configuration management and local virtual machines (Ansible's
connection and module failures, Molecule, Vagrant with VirtualBox and libvirt/QEMU-KVM, Test Kitchen,
Chef Infra and InSpec, Puppet's agent and compiler, Salt, cloud-init).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where a snapshot could be read (ansible/ansible, ansible/molecule,
hashicorp/vagrant, vagrant-libvirt/vagrant-libvirt, test-kitchen/test-kitchen, puppetlabs/puppet,
canonical/cloud-init; Salt's and Chef's through indexed copies of their source files); the comment above
each case names the repository and file, or says "(documented)" where the wording rests on the tool's
documentation or its usual printed output rather than a source file read this round. Hosts, roles,
cookbooks, boxes and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the machine under configuration did not answer in time, or a connection to it or to the
    configuration server was refused, reset or timed out (Ansible UNREACHABLE with a timeout or reset,
    Vagrant's boot timeout and SSH resets, Test Kitchen's SSH wait running out, a Puppet agent that
    cannot reach its server, a Salt master or minion that does not answer, Chef's server connection
    refused) -> transient;
  * the configuration itself is wrong or the code it installs fails (a module that fails on the host,
    a missing package, an undefined variable, an idempotence failure, a Puppet catalog that does not
    compile even though it travels in an "Error 500 on SERVER", a Salt SLS that does not render, a Chef
    recipe compile error or a failing resource, InSpec controls that fail, a cloud-init script that
    exits non-zero), refused credentials or host keys, a host without hardware virtualisation or
    without the provider installed -> real;
  * words printed for both (a connection refused by a machine that may never come up, a wait_for that
    ran out, a module failure without its cause, a guest in an invalid state) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_PLAY = "PLAY [webservers] **************************************************************\n\n"
_GATHER = "TASK [Gathering Facts] *********************************************************\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Ansible: connection
    # ansible/ansible lib/ansible/plugins/callback/default.py ("fatal: [%s]: UNREACHABLE! => %s"),
    # lib/ansible/plugins/connection/ssh.py ("Failed to connect to the host via ssh: %s") (checked)
    ("ansible-unreachable-ssh-timed-out", "transient",
     _PLAY + _GATHER +
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: '
     'ssh: connect to host 10.20.0.11 port 22: Connection timed out", "unreachable": true}\n\n'
     "PLAY RECAP *********************************************************************\n"
     "web-01                     : ok=0    changed=0    unreachable=1    failed=0    skipped=0\n" + _EXIT),
    # ansible: ssh.py passes ssh's own stderr; OpenSSH's banner exchange timing out under load
    ("ansible-unreachable-banner-timeout", "transient",
     _PLAY + _GATHER +
     'fatal: [db-02]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: '
     'Connection timed out during banner exchange", "unreachable": true}\n\n'
     "PLAY RECAP *********************************************************************\n"
     "db-02                      : ok=0    changed=0    unreachable=1    failed=0    skipped=0\n" + _CIRCLE),
    # ansible: ssh.py _bare_run ('Data could not be sent to remote host "%s". Make sure this host can be
    # reached over ssh: %s') (checked)
    ("ansible-data-not-sent-reset", "transient",
     "TASK [common : install base packages] ******************************************\n"
     'fatal: [app-03]: UNREACHABLE! => {"changed": false, "msg": "Data could not be sent to remote host '
     '\\"10.20.0.13\\". Make sure this host can be reached over ssh: kex_exchange_identification: read: '
     'Connection reset by peer\\r\\n", "unreachable": true}\n'
     "PLAY RECAP *********************************************************************\n"
     "app-03                     : ok=4    changed=1    unreachable=1    failed=0    skipped=0\n" + _EXIT),
    # ansible: ssh.py ("Timeout (%ds) waiting for privilege escalation prompt: %s") (checked)
    ("ansible-become-prompt-timeout", "transient",
     "TASK [nginx : template site config] *******************************************\n"
     'fatal: [web-01]: FAILED! => {"msg": "Timeout (12s) waiting for privilege escalation prompt: "}\n\n'
     "PLAY RECAP *********************************************************************\n"
     "web-01                     : ok=3    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/module_utils/urls.py fetch_url ("Connection failure: %s") read by get_url (checked)
    ("ansible-get-url-connection-timed-out", "transient",
     "TASK [tools : download release archive] ****************************************\n"
     'fatal: [build-01]: FAILED! => {"changed": false, "dest": "/opt/tool.tar.gz", "elapsed": 10, '
     '"msg": "Connection failure: The read operation timed out", "url": "https://downloads.example.org/tool-1.4.2.tar.gz"}\n'
     "PLAY RECAP *********************************************************************\n"
     "build-01                   : ok=2    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/modules/apt.py ("Failed to lock apt for exclusive operation: %s") (checked):
    # unattended-upgrades on a fresh VM holds the lock
    ("ansible-apt-lock", "transient",
     "TASK [common : install packages] ***********************************************\n"
     'fatal: [vm-01]: FAILED! => {"changed": false, "msg": "Failed to lock apt for exclusive operation: '
     'Failed to lock directory /var/lib/apt/lists/: E:Could not get lock /var/lib/apt/lists/lock. It is held by process 1893 (apt-get)"}\n'
     "PLAY RECAP *********************************************************************\n"
     "vm-01                      : ok=1    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: apt.py ("Failed to update apt cache after %s retries: %s") with apt's 503
    ("ansible-apt-cache-503", "transient",
     "TASK [common : update apt cache] ***********************************************\n"
     'fatal: [vm-02]: FAILED! => {"changed": false, "msg": "Failed to update apt cache after 5 retries: '
     'W:Failed to fetch http://mirror.example.org/ubuntu/dists/jammy/InRelease  503  Service Unavailable [IP: 10.1.2.3 80]"}\n'
     "PLAY RECAP *********************************************************************\n"
     "vm-02                      : ok=1    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/executor/task_executor.py ("async task did not complete within the requested
    # time - %ss") (checked)
    ("ansible-async-did-not-complete", "transient",
     "TASK [db : restore snapshot] ***************************************************\n"
     "ASYNC POLL on db-01: jid=j77120 started=1 finished=0\n"
     'fatal: [db-01]: FAILED! => {"changed": false, "msg": "async task did not complete within the requested time - 600s"}\n'
     "PLAY RECAP *********************************************************************\n"
     "db-01                      : ok=5    changed=2    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: UNREACHABLE with a refused port: the VM or container whose sshd has not started yet (as the
    # catalogue reads any refused connection while a service starts)
    ("ansible-unreachable-connection-refused", "transient",
     _PLAY + _GATHER +
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: '
     'ssh: connect to host 10.20.0.11 port 2222: Connection refused", "unreachable": true}\n'
     "PLAY RECAP *********************************************************************\n"
     "web-01                     : ok=0    changed=0    unreachable=1    failed=0    skipped=0\n" + _EXIT),
    # ansible: a shell task whose pip install timed out: the command's own output carries the outage
    ("ansible-shell-pip-read-timeout", "transient",
     "TASK [app : install python requirements] ***************************************\n"
     'fatal: [app-01]: FAILED! => {"changed": true, "cmd": "pip install -r requirements.txt", "msg": "non-zero return code", "rc": 2}\n'
     "STDERR:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='pypi.example.org', port=443): Read timed out.\n"
     "PLAY RECAP *********************************************************************\n"
     "app-01                     : ok=4    changed=1    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ------------------------------------------------------------------ Ansible: persistent causes
    # ansible: ssh.py with OpenSSH's refused key
    ("ansible-unreachable-publickey", "real",
     _PLAY + _GATHER +
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: '
     'deploy@10.20.0.11: Permission denied (publickey,password).", "unreachable": true}\n'
     "PLAY RECAP *********************************************************************\n"
     "web-01                     : ok=0    changed=0    unreachable=1    failed=0    skipped=0\n" + _EXIT),
    ("ansible-unreachable-host-key", "real",
     _PLAY + _GATHER +
     'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: '
     'Host key verification failed.", "unreachable": true}\n'
     "PLAY RECAP *********************************************************************\n"
     "web-01                     : ok=0    changed=0    unreachable=1    failed=0    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/plugins/action/__init__.py ("MODULE FAILURE", "The module failed to execute
    # correctly, you probably need to set the interpreter.") (checked)
    ("ansible-module-failure-interpreter", "real",
     _GATHER +
     'fatal: [alpine-01]: FAILED! => {"ansible_facts": {}, "changed": false, "failed_modules": {"ansible.legacy.setup": '
     '{"failed": true, "module_stderr": "/bin/sh: /usr/bin/python3: not found\\n", "module_stdout": "", '
     '"msg": "The module failed to execute correctly, you probably need to set the interpreter.\\nSee stdout/stderr for the exact error", "rc": 127}}}\n'
     "PLAY RECAP *********************************************************************\n"
     "alpine-01                  : ok=0    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: the package module's own message from dnf/apt (No package matching ... is available)
    ("ansible-no-package-matching", "real",
     "TASK [common : install packages] ***********************************************\n"
     'fatal: [vm-01]: FAILED! => {"changed": false, "msg": "No package matching \'libwidget-dev\' is available"}\n'
     "PLAY RECAP *********************************************************************\n"
     "vm-01                      : ok=2    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/playbook/base.py ("The task includes an option with an undefined variable.") (checked)
    ("ansible-undefined-variable", "real",
     "TASK [app : render config] *****************************************************\n"
     'fatal: [app-01]: FAILED! => {"msg": "The task includes an option with an undefined variable. '
     "The error was: 'app_db_password' is undefined. 'app_db_password' is undefined\\n\\nThe error appears to be in "
     "'/src/roles/app/tasks/main.yml': line 12, column 3\"}\n"
     "PLAY RECAP *********************************************************************\n"
     "app-01                     : ok=6    changed=1    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/plugins/action/assert.py ("Assertion failed") (checked)
    ("ansible-assert-failed", "real",
     "TASK [verify : check service answers] ******************************************\n"
     'fatal: [app-01]: FAILED! => {\n'
     '    "assertion": "health.json.status == \'ok\'",\n'
     '    "changed": false,\n'
     '    "evaluated_to": false,\n'
     '    "msg": "Assertion failed"\n'
     "}\n"
     "PLAY RECAP *********************************************************************\n"
     "app-01                     : ok=9    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: lib/ansible/cli/playbook.py ("the playbook: %s could not be found") (checked)
    ("ansible-playbook-not-found", "real",
     "$ ansible-playbook -i inventory/ci.ini site-ci.yml\n"
     "ERROR! the playbook: site-ci.yml could not be found\n" + _EXIT),
    # ansible: lib/ansible/modules/uri.py ("Status code was %s and not %s: %s") with a 404
    ("ansible-uri-404", "real",
     "TASK [smoke : call the health endpoint] ****************************************\n"
     'fatal: [app-01]: FAILED! => {"changed": false, "content": "", "elapsed": 0, "msg": "Status code was 404 and not [200]: '
     'HTTP Error 404: Not Found", "redirected": false, "status": 404, "url": "http://127.0.0.1:8080/healthz"}\n'
     "PLAY RECAP *********************************************************************\n"
     "app-01                     : ok=7    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: command module ("non-zero return code"), the CI's closing line as much as Ansible's, after the
    # project's own failing tests streamed line by line (as Zuul's console shows them)
    ("ansible-command-nonzero-tests", "real",
     "TASK [test : run unit tests] ***************************************************\n"
     "ci-01 | FAILED tests/test_orders.py::test_total - assert 41 == 42\n"
     "ci-01 | ========================= 1 failed, 88 passed in 3.10s =========================\n"
     'fatal: [ci-01]: FAILED! => {"changed": true, "cmd": ["make", "test"], "delta": "0:00:41.120", "msg": "non-zero return code", "rc": 2}\n'
     "PLAY RECAP *********************************************************************\n"
     "ci-01                      : ok=3    changed=1    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ------------------------------------------------------------------ Molecule
    # ansible/molecule src/molecule/command/idempotence.py ("Idempotence test failed because of the
    # following tasks:"), command/base.py ("An error occurred during the test sequence action: '%s'.
    # Cleaning up.") (checked)
    ("molecule-idempotence", "real",
     "INFO     default ➜ idempotence: Executing\n"
     "PLAY RECAP *********************************************************************\n"
     "instance                   : ok=7    changed=1    unreachable=0    failed=0    skipped=0\n"
     "CRITICAL Idempotence test failed because of the following tasks:\n"
     "*  => webapp : Write the service unit\n"
     "WARNING  An error occurred during the test sequence action: 'idempotence'. Cleaning up.\n" + _EXIT),
    # molecule: config.py ("Failed to find driver %s. Please ensure that the driver is correctly
    # installed.") (checked)
    ("molecule-driver-not-found", "real",
     "$ molecule test -s default\n"
     "CRITICAL Failed to find driver podman. Please ensure that the driver is correctly installed.\n" + _EXIT),
    # molecule: converge failing on a role task, then the cleanup line
    ("molecule-converge-task-failed", "real",
     "INFO     default ➜ converge: Executing\n"
     "TASK [webapp : Install the app package] ****************************************\n"
     'fatal: [instance]: FAILED! => {"changed": false, "msg": "No package matching \'webapp-server\' is available"}\n'
     "PLAY RECAP *********************************************************************\n"
     "instance                   : ok=3    changed=0    unreachable=0    failed=1    skipped=0\n"
     "WARNING  An error occurred during the test sequence action: 'converge'. Cleaning up.\n" + _EXIT),
    # ------------------------------------------------------------------ Vagrant / VirtualBox / libvirt
    # hashicorp/vagrant templates/locales/en.yml boot_timeout (checked)
    ("vagrant-boot-timeout", "transient",
     "==> default: Booting VM...\n"
     "==> default: Waiting for machine to boot. This may take a few minutes...\n"
     "    default: SSH address: 127.0.0.1:2222\n"
     "    default: SSH username: vagrant\n"
     "    default: SSH auth method: private key\n"
     "Timed out while waiting for the machine to boot. This means that\n"
     "Vagrant was unable to communicate with the guest machine within\n"
     'the configured ("config.vm.boot_timeout" value) time period.\n' + _EXIT),
    # vagrant: en.yml ssh_connection_reset (checked)
    ("vagrant-ssh-connection-reset", "transient",
     "==> default: Machine booted and ready!\n"
     "==> default: Running provisioner: shell...\n"
     "SSH connection was reset! This usually happens when the machine is\n"
     "taking too long to reboot. First, try reloading your machine with\n"
     "`vagrant reload`, since a simple restart sometimes fixes things.\n" + _EXIT),
    # vagrant: en.yml ssh_connection_aborted (checked)
    ("vagrant-ssh-connection-aborted", "transient",
     "==> default: Rebooting the guest after kernel update...\n"
     "SSH connection was aborted! This usually happens when the machine is taking\n"
     "too long to reboot or the SSH daemon is not properly configured on the VM.\n"
     "First, try reloading your machine with `vagrant reload`, since a simple\n"
     "restart sometimes fixes things.\n" + _EXIT),
    # vagrant: en.yml ssh_disconnected (checked)
    ("vagrant-ssh-disconnected", "transient",
     "==> default: Configuring and enabling network interfaces...\n"
     "The SSH connection was unexpectedly closed by the remote end. This\n"
     "usually indicates that SSH within the guest machine was unable to\n"
     "properly start up. Please boot the VM in GUI mode to check whether\n"
     "it is booting properly.\n" + _EXIT),
    # vagrant: en.yml ssh_connection_timeout (checked)
    ("vagrant-ssh-connection-timeout", "transient",
     "==> default: Waiting for machine to boot. This may take a few minutes...\n"
     "Vagrant timed out while attempting to connect via SSH. This usually\n"
     "means that the VM booted, but there are issues with the SSH configuration\n"
     "or network connectivity issues. Please try to `vagrant reload` or\n"
     "`vagrant up` again.\n" + _EXIT),
    # vagrant: en.yml ssh_bad_exit_status: the provisioning script the project ships failed (checked)
    ("vagrant-provision-bad-exit", "real",
     "==> default: Running provisioner: shell...\n"
     "    default: Running: inline script\n"
     "    default: make: *** [Makefile:14: build] Error 1\n"
     "The SSH command responded with a non-zero exit status. Vagrant\n"
     "assumes that this means the command failed. The output for this command\n"
     "should be in the log above. Please read the output to determine what\n"
     "went wrong.\n" + _EXIT),
    # vagrant: en.yml ssh_authentication_failed (checked)
    ("vagrant-ssh-auth-failed", "real",
     "==> default: Waiting for machine to boot. This may take a few minutes...\n"
     "SSH authentication failed! This is typically caused by the public/private\n"
     "keypair for the SSH user not being properly set on the guest VM. Please\n"
     "verify that the guest VM is setup with the proper public key, and that\n"
     "the private key path for Vagrant is setup properly as well.\n" + _EXIT),
    # vagrant: en.yml virtualbox_not_detected (checked)
    ("vagrant-virtualbox-not-detected", "real",
     "$ vagrant up --provider=virtualbox\n"
     "Vagrant could not detect VirtualBox! Make sure VirtualBox is properly installed.\n"
     "Vagrant uses the `VBoxManage` binary that ships with VirtualBox, and requires\n"
     "this to be available on the PATH.\n" + _EXIT),
    # vagrant: en.yml vboxmanage_error around VirtualBox's VERR_VMX_NO_VMX (the runner lacks VT-x)
    # (VirtualBox's wording documented)
    ("vagrant-vboxmanage-vt-x", "real",
     "==> default: Booting VM...\n"
     "There was an error while executing `VBoxManage`, a CLI used by Vagrant\n"
     "for controlling VirtualBox. The command and stderr is shown below.\n\n"
     "Command: [\"startvm\", \"6b1c7d0e-1f2a-4c3b-9d8e-0a1b2c3d4e5f\", \"--type\", \"headless\"]\n\n"
     "Stderr: VBoxManage: error: VT-x is not available (VERR_VMX_NO_VMX)\n"
     "VBoxManage: error: Details: code NS_ERROR_FAILURE (0x80004005), component ConsoleWrap, interface IConsole\n" + _EXIT),
    # vagrant-libvirt/vagrant-libvirt locales/en.yml create_server_error ("Error while creating domain:
    # %{error_message}") with libvirt's no-KVM capability message (libvirt's wording documented)
    ("vagrant-libvirt-no-kvm", "real",
     "==> default: Creating shared folders metadata...\n"
     "==> default: Starting domain.\n"
     "Error while creating domain: Error saving the server: Call to virDomainDefineXML failed: invalid argument: "
     "could not find capabilities for domaintype=kvm \n" + _EXIT),
    # QEMU's accel/kvm: /dev/kvm missing on the runner (documented)
    ("qemu-kvm-missing", "real",
     "$ qemu-system-x86_64 -enable-kvm -m 2048 -nographic -drive file=ci.qcow2\n"
     "Could not access KVM kernel module: No such file or directory\n"
     "qemu-system-x86_64: failed to initialize kvm: No such file or directory\n" + _EXIT),
    # vagrant-libvirt: en.yml fog_libvirt_connection_error with libvirt's refused socket: the daemon is not
    # installed or not started in this job
    ("vagrant-libvirt-no-socket", "real",
     "$ vagrant up --provider=libvirt\n"
     "Error while connecting to Libvirt: Error making a connection to libvirt URI qemu:///system:\n"
     "Call to virConnectOpen failed: Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory\n" + _EXIT),
    # ------------------------------------------------------------------ Test Kitchen
    # test-kitchen/test-kitchen lib/kitchen/transport/ssh.rb ("Waiting for SSH service on %s:%s, retrying
    # in %s seconds", "[SSH] connection failed, terminating (%s)", "SSH session could not be established"),
    # lib/kitchen/instance.rb ("Failed to complete #%s action: [%s]"), errors.rb (">>>>>> " lines) (checked)
    ("kitchen-ssh-session-not-established", "transient",
     "-----> Creating <default-ubuntu-2204>...\n"
     "       Waiting for SSH service on 127.0.0.1:2222, retrying in 3 seconds\n"
     "       [SSH] connection failed, terminating (#<Errno::ECONNRESET: Connection reset by peer>)\n"
     ">>>>>> ------Exception-------\n"
     ">>>>>> Class: Kitchen::ActionFailed\n"
     ">>>>>> Message: 1 actions failed.\n"
     ">>>>>>     Failed to complete #create action: [SSH session could not be established] on default-ubuntu-2204\n"
     ">>>>>> ----------------------\n" + _EXIT),
    # test-kitchen: instance.rb around a converge whose Chef run failed on a resource
    ("kitchen-converge-failed", "real",
     "-----> Converging <default-ubuntu-2204>...\n"
     "       Error executing action `run` on resource 'execute[build-app]'\n"
     "       Mixlib::ShellOut::ShellCommandFailed\n"
     "       Expected process to exit with [0], but received '2'\n"
     ">>>>>> ------Exception-------\n"
     ">>>>>> Class: Kitchen::ActionFailed\n"
     ">>>>>> Message: 1 actions failed.\n"
     ">>>>>>     Converge failed on instance <default-ubuntu-2204>.  Please see .kitchen/logs/default-ubuntu-2204.log for more details\n"
     ">>>>>> ----------------------\n" + _EXIT),
    # ------------------------------------------------------------------ Chef Infra / InSpec
    # chef/chef lib/chef/http.rb ("Connection refused connecting to %s:%s for %s, retry %s/%s", then
    # "..., giving up") (read in an indexed copy)
    ("chef-server-connection-refused", "transient",
     "Starting Chef Infra Client, version 18.4.12\n"
     "[2024-05-01T10:00:01+00:00] ERROR: Connection refused connecting to chef.example.org:443 for /organizations/ci/nodes/vm-01, retry 1/5\n"
     "[2024-05-01T10:00:06+00:00] ERROR: Connection refused connecting to chef.example.org:443 for /organizations/ci/nodes/vm-01, retry 5/5\n"
     "[2024-05-01T10:00:11+00:00] FATAL: Errno::ECONNREFUSED: Connection refused connecting to chef.example.org:443 for /organizations/ci/nodes/vm-01, giving up\n" + _EXIT),
    # chef: lib/chef/formatters/error_mapper / doc formatter ("Recipe Compile Error in %s") (documented)
    ("chef-recipe-compile-error", "real",
     "Compiling Cookbooks...\n"
     "================================================================================\n"
     "Recipe Compile Error in /tmp/kitchen/cache/cookbooks/webapp/recipes/default.rb\n"
     "================================================================================\n"
     "NoMethodError\n"
     "-------------\n"
     "undefined method `listen_port' for cookbook: webapp, recipe: default :Chef::Recipe\n"
     "Chef Infra Client failed. 0 resources updated in 03 seconds\n" + _EXIT),
    # chef: a resource's provider failing (the formatter's "Error executing action `%s` on resource '%s'")
    ("chef-resource-package-failed", "real",
     "  * apt_package[webapp-server] action install\n"
     "    ================================================================================\n"
     "    Error executing action `install` on resource 'apt_package[webapp-server]'\n"
     "    ================================================================================\n"
     "    Chef::Exceptions::Package\n"
     "    -------------------------\n"
     "    webapp-server has no candidate in the apt-cache\n"
     "Chef Infra Client failed. 2 resources updated in 12 seconds\n" + _EXIT),
    # InSpec's CLI reporter summary (documented)
    ("inspec-controls-failed", "real",
     "Profile: webapp baseline (webapp-baseline)\n"
     "Target:  ssh://kitchen@127.0.0.1:2222\n\n"
     "  ×  webapp-01: Service webapp (1 failed)\n"
     "     ×  Service webapp is expected to be running\n"
     "     expected that `Service webapp` is running\n\n"
     "Profile Summary: 4 successful controls, 1 control failure, 0 controls skipped\n"
     "Test Summary: 11 successful, 1 failure, 0 skipped\n" + _EXIT),
    # ------------------------------------------------------------------ Puppet
    # puppetlabs/puppet lib/puppet/configurer.rb ("Could not retrieve catalog from remote server: %s",
    # "Could not retrieve catalog; skipping run"), lib/puppet/http/resolver.rb ("Connection to %s failed,
    # trying next route: %s"), lib/puppet/http/client.rb ("Request to %s timed out connect operation after
    # %s seconds") (checked)
    ("puppet-agent-connect-timeout", "transient",
     "Info: Using environment 'production'\n"
     "Error: Connection to https://puppet.example.org:8140/puppet/v3 failed, trying next route: Request to "
     "https://puppet.example.org:8140/puppet/v3 timed out connect operation after 120.003 seconds\n"
     "Error: Could not retrieve catalog from remote server: No more routes to puppet\n"
     "Error: Could not retrieve catalog; skipping run\n" + _EXIT),
    ("puppet-agent-connection-refused", "transient",
     "Info: Using environment 'production'\n"
     "Error: Could not retrieve catalog from remote server: Failed to open TCP connection to puppet.example.org:8140 "
     "(Connection refused - connect(2) for \"puppet.example.org\" port 8140)\n"
     "Warning: Not using cache on failed catalog\n"
     "Error: Could not retrieve catalog; skipping run\n" + _EXIT),
    # puppet: indirector/rest.rb ("Error %s on SERVER: %s") with a 503 from a server still starting
    ("puppet-server-503", "transient",
     "Info: Using environment 'production'\n"
     "Error: Could not retrieve catalog from remote server: Error 503 on SERVER: Service Unavailable\n"
     "Warning: Not using cache on failed catalog\n"
     "Error: Could not retrieve catalog; skipping run\n" + _EXIT),
    # puppet: lib/puppet/indirector/rest.rb ("Error %s on SERVER: %s"), network/http/error.rb ("Server
    # Error: %s"), parser/compiler.rb ("Could not find class %s for %s") (checked): a compile error the
    # server returns as a 500
    ("puppet-catalog-compile-error-500", "real",
     "Info: Retrieving plugin\n"
     "Error: Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error: "
     "Error while evaluating a Function Call, Could not find class ::webapp::tls for vm-01.example.org "
     "(file: /etc/puppetlabs/code/environments/production/manifests/site.pp, line: 4, column: 3) on node vm-01.example.org\n"
     "Warning: Not using cache on failed catalog\n"
     "Error: Could not retrieve catalog; skipping run\n" + _EXIT),
    # puppet: lib/puppet/pops/evaluator/runtime3_resource_support.rb ("Unknown resource type: '%s'") (checked)
    ("puppet-apply-unknown-resource-type", "real",
     "$ puppet apply --noop manifests/site.pp\n"
     "Error: Evaluation Error: Error while evaluating a Resource Statement, Unknown resource type: 'webapp_config' "
     "(file: /src/manifests/site.pp, line: 12, column: 3) on node ci-runner\n" + _EXIT),
    # puppet: lib/puppet/error.rb ("Could not parse for environment %s: %s") (checked)
    ("puppet-parse-syntax-error", "real",
     "$ puppet parser validate manifests/\n"
     "Error: Could not parse for environment production: Syntax error at '}' (file: /src/manifests/web.pp, line: 21, column: 1)\n" + _EXIT),
    # puppet: lib/puppet/transaction/resource_harness.rb ("change from %s to %s failed: ") (checked)
    ("puppet-resource-change-failed", "real",
     "Notice: Compiled catalog for vm-01.example.org in environment production in 0.41 seconds\n"
     "Error: /Stage[main]/Webapp/Service[webapp]/ensure: change from 'stopped' to 'running' failed: "
     "Systemd start for webapp failed!\n"
     "Notice: /Stage[main]/Webapp/Exec[smoke]: Dependency Service[webapp] has failures: true\n"
     "Notice: Applied catalog in 4.12 seconds\n" + _EXIT),
    # puppet: lib/puppet/ssl/state_machine.rb ("Couldn't fetch certificate from CA server; you might still
    # need to sign this agent's certificate (%s). Exiting now because the maxwaitforcert timeout has been
    # exceeded.") (checked): nobody signs it on a rerun either
    ("puppet-cert-not-signed", "real",
     "Info: Creating a new SSL certificate request for vm-01.example.org\n"
     "Info: Certificate Request fingerprint (SHA256): 0A:1B:2C:3D\n"
     "Couldn't fetch certificate from CA server; you might still need to sign this agent's certificate (vm-01.example.org).\n"
     "Error: Couldn't fetch certificate from CA server; you might still need to sign this agent's certificate (vm-01.example.org). "
     "Exiting now because the maxwaitforcert timeout has been exceeded.\n" + _EXIT),
    # ------------------------------------------------------------------ Salt
    # saltstack/salt salt/client/__init__.py ("Salt request timed out. The master is not responding. If this
    # error persists after verifying the master is up, worker_threads may need to be increased.") (read in an
    # indexed copy)
    ("salt-master-not-responding", "transient",
     "$ salt 'minion-*' state.apply webapp\n"
     "[ERROR   ] Salt request timed out. The master is not responding. If this error persists after verifying the master is up, "
     "worker_threads may need to be increased.\n"
     "Salt request timed out. The master is not responding. If this error persists after verifying the master is up, "
     "worker_threads may need to be increased.\n" + _EXIT),
    # salt: the CLI's "Minion did not return. [No response]" (salt/client, read in an indexed copy)
    ("salt-minion-no-response", "transient",
     "$ salt 'minion-01' state.apply webapp\n"
     "minion-01:\n"
     "    Minion did not return. [No response]\n"
     "    The minions may not have all finished running and any remaining minions will return upon completion.\n"
     "ERROR: Minions returned with non-zero exit code\n" + _EXIT),
    # salt: salt/state.py ("No matching sls found for '%s' in env '%s'") (read in an indexed copy)
    ("salt-no-matching-sls", "real",
     "$ salt-call --local state.apply webapp\n"
     "local:\n"
     "    Data failed to compile:\n"
     "----------\n"
     "    No matching sls found for 'webapp' in env 'base'\n" + _EXIT),
    # salt: salt/state.py ("Rendering SLS '%s:%s' failed: %s") (documented)
    ("salt-rendering-sls-failed", "real",
     "$ salt-call --local state.apply webapp\n"
     "local:\n"
     "    Data failed to compile:\n"
     "----------\n"
     "    Rendering SLS 'base:webapp.config' failed: Jinja variable 'dict object' has no attribute 'listen_port'\n" + _EXIT),
    # salt: a state that ran and failed (the highstate outputter's "Result: False" and summary) (documented)
    ("salt-state-result-false", "real",
     "----------\n"
     "          ID: webapp-service\n"
     "    Function: service.running\n"
     "        Name: webapp\n"
     "      Result: False\n"
     "     Comment: Job for webapp.service failed because the control process exited with error code.\n"
     "Summary for local\n"
     "Succeeded: 11 (changed=3)\n"
     "Failed:     1\n" + _EXIT),
    # ------------------------------------------------------------------ cloud-init
    # canonical/cloud-init cloudinit/subp.py runparts ("Runparts: %s failures (%s) in %s attempted commands"),
    # config/cc_scripts_user.py ("Failed to run module %s (%s in %s)"), cmd/status.py ("status: %s") (checked)
    ("cloud-init-runcmd-failed", "real",
     "$ cloud-init status --wait --long\n"
     "status: error\n"
     "extended_status: error - running\n"
     "errors:\n"
     "\t('scripts_user', RuntimeError('Runparts: 1 failures (runcmd) in 1 attempted commands'))\n"
     "recoverable_errors:\n"
     "WARNING:\n"
     "\t- Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)\n" + _EXIT),
    # cloud-init: config/schema.py ("Cloud config schema errors: %s") (checked)
    ("cloud-init-schema-errors", "real",
     "$ cloud-init schema --config-file user-data.yaml\n"
     "Invalid user-data user-data.yaml\n"
     "Error: Cloud config schema errors: runcmd: 'echo hi' is not of type 'array', users.0: Additional properties are not allowed ('shel' was unexpected)\n" + _EXIT),
    # ------------------------------------------------------------------ near-misses: the code's tests
    # A Python test of an inventory helper that asserts on the UNREACHABLE wording: the failure is the test.
    ("pytest-about-unreachable-wording", "real",
     "tests/test_inventory.py::test_marks_host_down FAILED\n"
     "=================================== FAILURES ===================================\n"
     "_____________________________ test_marks_host_down _____________________________\n"
     ">       assert parse_result(line).status == 'unreachable', line\n"
     "E       AssertionError: fatal: [web-01]: UNREACHABLE! => {\"msg\": \"Failed to connect to the host via ssh: Connection timed out\"}\n"
     "E       assert 'failed' == 'unreachable'\n"
     "tests/test_inventory.py:31: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_inventory.py::test_marks_host_down - AssertionError: fatal: [web-01]: UNREACHABLE! => {\"msg\": ...\n"
     "========================= 1 failed, 40 passed in 1.92s =========================\n" + _EXIT),
    # near-misses of this round's transient entries: a test ABOUT Salt's no-response line (pytest.raises
    # with the words as its match), a failing test titled with Ansible's privilege-escalation timeout
    ("pytest-raises-minion-no-response", "real",
     "tests/test_salt_runner.py::test_no_response_is_reported FAILED\n"
     "=================================== FAILURES ===================================\n"
     ">       with pytest.raises(MinionDown, match=r\"Minion did not return\\. \\[No response\\]\"):\n"
     "E       Failed: DID NOT RAISE <class 'saltrun.errors.MinionDown'>\n"
     "tests/test_salt_runner.py:57: Failed\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_salt_runner.py::test_no_response_is_reported - Failed: DID NOT RAISE <class 'saltrun.errors.MinionDown'>\n"
     "========================= 1 failed, 12 passed in 0.88s =========================\n" + _EXIT),
    ("jest-title-become-timeout", "real",
     "FAIL src/parse.test.ts\n"
     "  ✕ reads 'Timeout (12s) waiting for privilege escalation prompt' as a failed task (4 ms)\n"
     "  ● reads 'Timeout (12s) waiting for privilege escalation prompt' as a failed task\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: \"failed\"\n"
     "    Received: \"ok\"\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT),
    # an application's own log line that quotes Vagrant's reset wording, then its test fails
    ("app-log-quotes-vagrant-reset", "real",
     "INFO  provisioner: guest said: SSH connection was reset! This usually happens when the machine is\n"
     "tests/test_provisioner.py::test_retries_after_reset FAILED\n"
     "FAILED tests/test_provisioner.py::test_retries_after_reset - assert 1 == 3\n"
     "========================= 1 failed, 22 passed in 0.51s =========================\n" + _EXIT),
    # An RSpec suite of a Vagrant plugin whose example names the boot timeout
    ("rspec-named-boot-timeout", "real",
     "Failures:\n\n"
     "  1) VagrantPlugins::Example::Action::WaitForBoot raises the boot timeout error when the guest never answers\n"
     "     Failure/Error: expect { subject.call(env) }.to raise_error(Vagrant::Errors::VMBootTimeout)\n"
     "       expected Vagrant::Errors::VMBootTimeout but nothing was raised\n"
     "     # ./spec/unit/action/wait_for_boot_spec.rb:44:in `block (3 levels) in <top (required)>'\n\n"
     "Finished in 1.2 seconds (files took 0.8 seconds to load)\n"
     "57 examples, 1 failure\n" + _EXIT),
    # A Go test of a Salt API client: the test compares the error text
    ("go-test-about-salt-timeout", "real",
     "=== RUN   TestClientReportsMasterDown\n"
     "    client_test.go:88: got error \"dial tcp 127.0.0.1:8000: connect: connection refused\", "
     "want \"Salt request timed out. The master is not responding.\"\n"
     "--- FAIL: TestClientReportsMasterDown (0.01s)\n"
     "FAIL\n"
     "FAIL\texample.org/saltclient\t0.214s\n" + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # ansible: lib/ansible/modules/wait_for.py ("Timeout when waiting for %s:%s") (checked): the service
    # under test never opened its port, slow or broken
    ("ansible-wait-for-timeout",
     "TASK [app : wait for the app port] *********************************************\n"
     'fatal: [app-01]: FAILED! => {"changed": false, "elapsed": 300, "msg": "Timeout when waiting for 127.0.0.1:8080"}\n'
     "PLAY RECAP *********************************************************************\n"
     "app-01                     : ok=8    changed=2    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: action/__init__.py "MODULE FAILURE" with no cause in the output
    ("ansible-module-failure-bare",
     "TASK [db : create schema] ******************************************************\n"
     'fatal: [db-01]: FAILED! => {"changed": false, "module_stderr": "Shared connection to 10.20.0.21 closed.\\r\\n", '
     '"module_stdout": "", "msg": "MODULE FAILURE\\nSee stdout/stderr for the exact error", "rc": 1}\n'
     "PLAY RECAP *********************************************************************\n"
     "db-01                      : ok=2    changed=0    unreachable=0    failed=1    skipped=0\n" + _EXIT),
    # ansible: action/__init__.py ("Failed to create temporary directory. In some cases, you may have been
    # able to authenticate and did not have permissions on the target directory. ...") (checked)
    ("ansible-failed-create-tmp",
     _GATHER +
     'fatal: [vm-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to create temporary directory. In some cases, '
     'you may have been able to authenticate and did not have permissions on the target directory. Consider changing '
     'the remote tmp path in ansible.cfg to a path rooted in \\"/tmp\\", for more error information use -vvv. Failed '
     'command was: ( umask 77 && mkdir -p \\"` echo ~/.ansible/tmp `\\" ), exited with result 1", "unreachable": true}\n'
     "PLAY RECAP *********************************************************************\n"
     "vm-01                      : ok=0    changed=0    unreachable=1    failed=0    skipped=0\n" + _EXIT),
    # vagrant: en.yml boot_bad_state (checked): VirtualBox stopped the guest (a crash or a bad config)
    ("vagrant-boot-bad-state",
     "==> default: Waiting for machine to boot. This may take a few minutes...\n"
     "The guest machine entered an invalid state while waiting for it\n"
     "to boot. Valid states are 'starting, running'. The machine is in the\n"
     "'poweroff' state. Please verify everything is configured\n"
     "properly and try again.\n" + _EXIT),
    # vagrant: en.yml ssh_connection_refused (checked): "usually happens if the VM failed to boot properly"
    ("vagrant-ssh-connection-refused",
     "==> default: Waiting for machine to boot. This may take a few minutes...\n"
     "SSH connection was refused! This usually happens if the VM failed to\n"
     "boot properly. Some steps to try to fix this: First, try reloading your\n"
     "VM with `vagrant reload`, since a simple restart sometimes fixes things.\n" + _EXIT),
    # salt: "Minion did not return. [Not connected]": a minion whose key or config keeps it away as often
    # as one that dropped off
    ("salt-minion-not-connected",
     "$ salt 'minion-02' test.ping\n"
     "minion-02:\n"
     "    Minion did not return. [Not connected]\n"
     "ERROR: Minions returned with non-zero exit code\n" + _EXIT),
    # test-kitchen: the create action of a cloud driver that ran out of its wait (driver's wording)
    ("kitchen-create-timeout-driver",
     "-----> Creating <default-centos-9>...\n"
     "       Waiting for SSH service on 10.30.0.7:22, retrying in 3 seconds\n"
     ">>>>>> ------Exception-------\n"
     ">>>>>> Class: Kitchen::ActionFailed\n"
     ">>>>>> Message: 1 actions failed.\n"
     ">>>>>>     Failed to complete #create action: [Timeout::Error] on default-centos-9\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_config_mgmt_vm_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_config_mgmt_vm_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Failed to connect socket to 'libvirt libvirt-sock': ",
    "Error 500 on SERVER: Server Error: Could not find class ",
    "Couldn't fetch certificate from CA server; ",
    "No package matching ' is available ",
]
