dnl The redis extension (Redis, RedisCluster, RedisSentinel), named "redis" so that it
dnl replaces phpredis in place.

PHP_ARG_ENABLE([redis],
  [whether to enable the redis extension],
  [AS_HELP_STRING([--enable-redis], [Enable the redis extension (Redis, RedisCluster, RedisSentinel)])],
  [yes])

dnl Compressors for OPT_COMPRESSION: each is built in when its library is found, unless
dnl --without-redis-<name>; --with-redis-lzf=DIR names where liblzf is installed.
PHP_ARG_WITH([redis-lzf],
  [for lzf compression],
  [AS_HELP_STRING([--without-redis-lzf], [RedisCluster: build without lzf compression (liblzf; --with-redis-lzf=DIR: where it is installed)])],
  [yes], [no])
PHP_ARG_WITH([redis-zstd],
  [for zstd compression],
  [AS_HELP_STRING([--without-redis-zstd], [RedisCluster: build without zstd compression (libzstd, pkg-config)])],
  [yes], [no])
PHP_ARG_WITH([redis-lz4],
  [for lz4 compression],
  [AS_HELP_STRING([--without-redis-lz4], [RedisCluster: build without lz4 compression (liblz4, pkg-config)])],
  [yes], [no])

if test "$PHP_REDIS" != "no"; then
  PKG_CHECK_MODULES([HIREDIS], [hiredis >= 0.14])
  PHP_EVAL_INCLINE([$HIREDIS_CFLAGS])
  PHP_EVAL_LIBLINE([$HIREDIS_LIBS], [REDIS_SHARED_LIBADD])

  dnl liblzf ships no pkg-config file upstream: its header is looked for (Debian puts it
  dnl in include/liblzf/), then the library.
  if test "$PHP_REDIS_LZF" != "no"; then
    AC_MSG_CHECKING([for lzf.h])
    rc_lzf_dir=
    rc_lzf_search="/usr/local /usr"
    test "$PHP_REDIS_LZF" != "yes" && rc_lzf_search=$PHP_REDIS_LZF
    for dir in $rc_lzf_search; do
      for sub in include/liblzf include; do
        if test -z "$rc_lzf_dir" && test -f "$dir/$sub/lzf.h"; then
          rc_lzf_dir=$dir
          rc_lzf_inc=$dir/$sub
        fi
      done
    done
    if test -n "$rc_lzf_dir"; then
      AC_MSG_RESULT([$rc_lzf_inc])
      PHP_CHECK_LIBRARY([lzf], [lzf_compress], [
        PHP_ADD_INCLUDE([$rc_lzf_inc])
        PHP_ADD_LIBRARY_WITH_PATH([lzf], [$rc_lzf_dir/$PHP_LIBDIR], [REDIS_SHARED_LIBADD])
        AC_DEFINE([HAVE_REDIS_LZF], [1], [lzf compression for OPT_COMPRESSION])
      ], [
        AC_MSG_WARN([liblzf not usable: lzf compression left out])
      ], [-L$rc_lzf_dir/$PHP_LIBDIR])
    elif test "$PHP_REDIS_LZF" != "yes"; then
      AC_MSG_ERROR([lzf.h not found under $PHP_REDIS_LZF])
    else
      AC_MSG_RESULT([not found: lzf compression left out])
    fi
  fi

  if test "$PHP_REDIS_ZSTD" != "no"; then
    PKG_CHECK_MODULES([ZSTD], [libzstd >= 1.3.0], [
      PHP_EVAL_INCLINE([$ZSTD_CFLAGS])
      PHP_EVAL_LIBLINE([$ZSTD_LIBS], [REDIS_SHARED_LIBADD])
      AC_DEFINE([HAVE_REDIS_ZSTD], [1], [zstd compression for OPT_COMPRESSION])
    ], [
      AC_MSG_WARN([libzstd not found: zstd compression left out])
    ])
  fi

  if test "$PHP_REDIS_LZ4" != "no"; then
    PKG_CHECK_MODULES([LZ4], [liblz4 >= 1.8.0], [
      PHP_EVAL_INCLINE([$LZ4_CFLAGS])
      PHP_EVAL_LIBLINE([$LZ4_LIBS], [REDIS_SHARED_LIBADD])
      AC_DEFINE([HAVE_REDIS_LZ4], [1], [lz4 compression for OPT_COMPRESSION])
    ], [
      AC_MSG_WARN([liblz4 not found: lz4 compression left out])
    ])
  fi
  PHP_SUBST([REDIS_SHARED_LIBADD])

  dnl m4_normalize: PHP 8.2's PHP_NEW_EXTENSION takes the sources on one line.
  PHP_NEW_EXTENSION([redis],
    [redis.c \
     redis_cluster.c \
     redis_single.c \
     rc_batch.c \
     cluster_library.c \
     cluster_multi.c \
     commands.c \
     builders_strings.c \
     builders_collections.c \
     builders_zset.c \
     builders_server.c \
     codec.c \
     compress.c \
     reply.c \
     split.c \
     slot_cache.c \
     topology.c \
     node.c \
     resp.c \
     crc16.c \
     rc_base.c \
     builders_streams.c \
     builders_geo.c \
     cluster_pubsub.c \
     builders_blocking.c \
     builders_bits.c \
     session.c \
     session_conf.c \
     session_store.c],
    [$ext_shared],, [-Wall -Wextra -Werror -fvisibility=hidden -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
  dnl The session handlers register with ext/session when PHP has it (HAVE_PHP_SESSION).
  PHP_ADD_EXTENSION_DEP([redis], [session], [true])
fi
