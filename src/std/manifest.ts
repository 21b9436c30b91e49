// The primitives of neko 2.3's std.ndll, regexp.ndll and zlib.ndll: name -> number of
// arguments (-1: variable). A primitive listed here but not written yet still loads with
// $loader.loadprim, and raises a Neko error naming itself when called.

export type Manifest = Record<string, number>;

export const STD_PRIMITIVES: Manifest = {
  base_decode: 2, base_encode: 2, buffer_add: 2, buffer_add_char: 2, buffer_add_sub: 4, buffer_get_length: 1,
  buffer_new: 0, buffer_reset: 1, buffer_string: 1, date_format: 2, date_get_day: 1, date_get_hour: 1,
  date_get_tz: 1, date_get_utc_day: 1, date_get_utc_hour: 1, date_new: 1, date_now: 0, date_set_day: 4,
  date_set_hour: 4, date_utc_format: 2, deque_add: 2, deque_create: 0, deque_pop: 2, deque_push: 2,
  double_bytes: 2, double_of_bytes: 2, elf_update_section_header_for_bytecode: 3, enable_jit: 1,
  file_close: 1, file_contents: 1, file_delete: 1, file_eof: 1, file_exists: 1, file_flush: 1,
  file_full_path: 1, file_name: 1, file_open: 2, file_read: 4, file_read_char: 1, file_seek: 3, file_tell: 1,
  file_write: 4, file_write_char: 2, float_bytes: 2, float_of_bytes: 2, gc_stats: 0, get_cwd: 0, get_env: 1,
  host_local: 0, host_resolve: 1, host_reverse: 1, host_to_string: 1, int32_address: 1, int32_compare: 2,
  int32_new: 1, int32_to_float: 1, int32_to_int: 1, int32_ushr: 2, lock_create: 0, lock_release: 1,
  lock_wait: 2, make_md5: 1, make_sha1: 3, math_abs: 1, math_atan2: 2, math_ceil: 1, math_fceil: 1,
  math_ffloor: 1, math_floor: 1, math_fround: 1, math_int: 1, math_pi: 0, math_pow: 2, math_round: 1,
  mem_local_size: 2, mem_size: 1, merge_sort: 3, module_code_size: 1, module_exec: 1, module_exports: 1,
  module_global_get: 2, module_global_set: 3, module_loader: 1, module_name: 1, module_nglobals: 1,
  module_read: 2, module_read_path: 3, module_read_string: 2, module_set_name: 2, mutex_acquire: 1,
  mutex_create: 0, mutex_release: 1, mutex_try: 1, sprintf: 2, parse_xml: 2, print_redirect: 1,
  process_close: 1, process_exit: 1, process_kill: 1, process_pid: 1, process_run: 2, process_stderr_read: 4,
  process_stdin_close: 1, process_stdin_write: 4, process_stdout_read: 4, put_env: 2, random_float: 1,
  random_int: 2, random_new: 0, random_set_seed: 2, run_gc: 1, same_closure: 2, serialize: 1, set_cwd: 1,
  set_time_locale: 1, set_trusted: 1, socket_accept: 1, socket_bind: 3, socket_close: 1, socket_connect: 3,
  socket_epoll_alloc: 1, socket_epoll_register: 3, socket_epoll_unregister: 2, socket_epoll_wait: 2,
  socket_host: 1, socket_init: 0, socket_listen: 2, socket_new: 1, socket_peer: 1, socket_poll: 3,
  socket_poll_alloc: 1, socket_poll_events: 2, socket_poll_prepare: 3, socket_read: 1, socket_recv: 4,
  socket_recv_char: 1, socket_recv_from: 5, socket_select: 4, socket_send: 4, socket_send_char: 2,
  socket_send_to: 5, socket_set_blocking: 2, socket_set_broadcast: 2, socket_set_fast_send: 2,
  socket_set_keepalive: 4, socket_set_timeout: 2, socket_shutdown: 3, socket_write: 2, string_split: 2,
  sys_command: 1, sys_cpu_time: 0, sys_create_dir: 2, sys_env: 0, sys_exe_path: 0, sys_exists: 1,
  sys_exit: 1, sys_file_type: 1, sys_get_pid: 0, sys_getch: 1, sys_is64: 0, sys_read_dir: 1,
  sys_remove_dir: 1, sys_rename: 2, sys_sleep: 1, sys_stat: 1, sys_string: 0, sys_thread_cpu_time: 0,
  sys_time: 0, test: 0, thread_create: 2, thread_current: 0, thread_read_message: 1, thread_send: 2,
  thread_stack: 1, tls_create: 0, tls_get: 1, tls_set: 2, unicode_buf_add: 2, unicode_buf_alloc: 2,
  unicode_buf_content: 1, unicode_buf_length: 1, unicode_buf_size: 1, unicode_compare: 3, unicode_convert: 3,
  unicode_get: 3, unicode_iter: 3, unicode_length: 2, unicode_lower: 2, unicode_sub: 4, unicode_upper: 2,
  unicode_validate: 2, unserialize: 2, url_decode: 1, url_encode: 1, utf8_buf_add: 2, utf8_buf_alloc: 1,
  utf8_buf_content: 1, utf8_buf_length: 1, utf8_buf_size: 1, utf8_compare: 2, utf8_get: 2, utf8_iter: 2,
  utf8_length: 1, utf8_sub: 3, utf8_validate: 1, win_env_changed: 0,
  // defined through macros in the C sources
  file_stderr: 0, file_stdin: 0, file_stdout: 0, int32_add: 2, int32_and: 2, int32_complement: 1, int32_div: 2, int32_mod: 2, int32_mul: 2, int32_neg: 1, int32_or: 2, int32_shl: 2, int32_shr: 2, int32_sub: 2, int32_xor: 2, math_acos: 1, math_asin: 1, math_atan: 1, math_cos: 1, math_exp: 1, math_log: 1, math_sin: 1, math_sqrt: 1, math_tan: 1,
};

export const REGEXP_PRIMITIVES: Manifest = {
  regexp_match: 4, regexp_matched: 2, regexp_matched_pos: 2, regexp_new: 1, regexp_new_options: 2,
  regexp_replace: 3, regexp_replace_all: 3, regexp_replace_fun: 3,
};

export const ZLIB_PRIMITIVES: Manifest = {
  deflate_bound: 2, deflate_buffer: 5, deflate_end: 1, deflate_init: 1, get_adler32: 1, inflate_buffer: 5,
  inflate_end: 1, inflate_init: 1, set_flush_mode: 2, update_adler32: 4, update_crc32: 4,
};

/** Library name -> its primitives. */
export const LIBRARY_MANIFESTS: Record<string, Manifest> = {
  std: STD_PRIMITIVES,
  regexp: REGEXP_PRIMITIVES,
  zlib: ZLIB_PRIMITIVES,
};
