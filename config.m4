dnl The RedisCluster extension, named "redis" so that it replaces phpredis in place.

PHP_ARG_ENABLE([redis],
  [whether to enable the RedisCluster extension],
  [AS_HELP_STRING([--enable-redis], [Enable the RedisCluster extension])],
  [yes])

if test "$PHP_REDIS" != "no"; then
  PKG_CHECK_MODULES([HIREDIS], [hiredis >= 0.14])
  PHP_EVAL_INCLINE([$HIREDIS_CFLAGS])
  PHP_EVAL_LIBLINE([$HIREDIS_LIBS], [REDIS_SHARED_LIBADD])
  PHP_SUBST([REDIS_SHARED_LIBADD])

  PHP_NEW_EXTENSION([redis],
    [redis.c \
     redis_cluster.c \
     cluster_library.c \
     cluster_multi.c \
     commands.c \
     builders_strings.c \
     builders_collections.c \
     builders_zset.c \
     builders_server.c \
     codec.c \
     reply.c \
     split.c \
     slot_cache.c \
     topology.c \
     node.c \
     resp.c \
     crc16.c \
     rc_base.c],
    [$ext_shared],, [-Wall -Wextra -Werror -fvisibility=hidden -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
fi
