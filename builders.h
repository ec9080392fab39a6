/* What the builders of the command table share: argument helpers (commands.c) and the
 * builders themselves (builders_*.c), which command_list.h names. */
#ifndef RC_BUILDERS_H
#define RC_BUILDERS_H

#include "commands.h"

/* Routes by $key_or_address: a key's slot, or the master [host, port]. */
bool rc_arg_route(rc_cluster *c, const rc_codec *codec, rc_req *req, zval *arg, uint32_t num);
/* Adds a key. The first key of a command routes it (`routes`); every other key must hash
 * to the same slot, or the command is refused as phpredis refuses it: a warning, false. */
bool rc_arg_key(const rc_codec *codec, rc_req *req, zval *arg, uint32_t num, bool routes);
bool rc_arg_long(zval *arg, uint32_t num, zend_long *out);
/* Adds any value as its string form. */
void rc_arg_string(rc_req *req, zval *arg);
/* Adds [field => value, ...] as field, serialized value, ... (HMSET, XADD). */
void rc_arg_fields(const rc_codec *codec, rc_req *req, HashTable *pairs);

/* args[idx] as an optional ?array: *out NULL when it is absent or null; false (a
 * TypeError raised) when it is of another type. */
bool rc_arg_opt_array(zval *args, uint32_t argc, uint32_t idx, HashTable **out);
/* A numkeys argument and the keys of `arg` (an array), in one slot: the first routes the
 * command when `routes`, else each must be in the slot already routed to. An empty array
 * is a quiet false, as phpredis returns it. */
bool rc_arg_numkeys(rc_build *b, zval *arg, uint32_t num, bool routes);
/* The keys of `arg` (an array; references followed), in one slot: the first routes the
 * command when `routes`, else each must be in the slot already routed to. */
bool rc_arg_key_array(rc_build *b, zval *arg, uint32_t num, bool routes);
/* hrandfield() and zrandmember(): ($key, $options = null) with 'count' => n (the reply a
 * `list`) and, with a count, the flag `with` ("withvalues", "withscores": the reply
 * `pairs`); without a count, one element. */
bool rc_arg_random(rc_build *b, zval *args, uint32_t argc, const char *with, rc_reply_kind list, rc_reply_kind pairs);
/* The option `name` of an options array, its name in any case; NULL when absent. */
zval *rc_arg_option(HashTable *opts, const char *name);
/* Checks an argument count, raising PHP's error when it is out of min..max. */
bool rc_arg_count(uint32_t argc, uint32_t min, uint32_t max);
/* The same for a builder's arguments (after b->base routing ones), in the method's terms. */
bool rc_args_count(const rc_build *b, uint32_t argc, uint32_t min, uint32_t max);

/* Credentials as phpredis takes them (the constructors' $auth, auth(), migrate()): a
 * password, [password], [user, password] or ['user' => u, 'pass' => p]. New strings
 * (*user NULL when none), freed and wiped by rc_credentials_free(); false when it is none
 * of those. */
bool rc_credentials(zval *cred, zend_string **user, zend_string **pass);
void rc_credentials_free(zend_string *user, zend_string *pass);

bool rc_build_bitcount(rc_build *b, zval *args, uint32_t argc);
bool rc_build_failover(rc_build *b, zval *args, uint32_t argc);
bool rc_build_fcall(rc_build *b, zval *args, uint32_t argc);
bool rc_build_hset(rc_build *b, zval *args, uint32_t argc);
bool rc_build_pubsub(rc_build *b, zval *args, uint32_t argc);
bool rc_build_migrate(rc_build *b, zval *args, uint32_t argc);
bool rc_build_replicaof(rc_build *b, zval *args, uint32_t argc);
bool rc_build_sortasc(rc_build *b, zval *args, uint32_t argc);
bool rc_build_sortascalpha(rc_build *b, zval *args, uint32_t argc);
bool rc_build_sortdesc(rc_build *b, zval *args, uint32_t argc);
bool rc_build_sortdescalpha(rc_build *b, zval *args, uint32_t argc);
bool rc_build_bitop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_bitpos(rc_build *b, zval *args, uint32_t argc);
bool rc_build_client(rc_build *b, zval *args, uint32_t argc);
bool rc_build_config(rc_build *b, zval *args, uint32_t argc);
bool rc_build_copy(rc_build *b, zval *args, uint32_t argc);
bool rc_build_count(rc_build *b, zval *args, uint32_t argc);
bool rc_build_decrbyfloat(rc_build *b, zval *args, uint32_t argc);
bool rc_build_expire(rc_build *b, zval *args, uint32_t argc);
bool rc_build_getex(rc_build *b, zval *args, uint32_t argc);
bool rc_build_hrandfield(rc_build *b, zval *args, uint32_t argc);
bool rc_build_intercard(rc_build *b, zval *args, uint32_t argc);
bool rc_build_lcs(rc_build *b, zval *args, uint32_t argc);
bool rc_build_lpos(rc_build *b, zval *args, uint32_t argc);
bool rc_build_acl(rc_build *b, zval *args, uint32_t argc);
bool rc_build_object(rc_build *b, zval *args, uint32_t argc);
bool rc_build_saddarray(rc_build *b, zval *args, uint32_t argc);
bool rc_build_script(rc_build *b, zval *args, uint32_t argc);
bool rc_build_sort(rc_build *b, zval *args, uint32_t argc);
bool rc_build_waitaof(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zdiff(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zdiffstore(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zinterunion(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zinterunionstore(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zrandmember(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zrangestore(rc_build *b, zval *args, uint32_t argc);
bool rc_build_decr(rc_build *b, zval *args, uint32_t argc);
bool rc_build_eval(rc_build *b, zval *args, uint32_t argc);
bool rc_build_flush(rc_build *b, zval *args, uint32_t argc);
bool rc_build_hmget(rc_build *b, zval *args, uint32_t argc);
bool rc_build_hmset(rc_build *b, zval *args, uint32_t argc);
bool rc_build_incr(rc_build *b, zval *args, uint32_t argc);
bool rc_build_keys(rc_build *b, zval *args, uint32_t argc);
bool rc_build_lex(rc_build *b, zval *args, uint32_t argc);
bool rc_build_linsert(rc_build *b, zval *args, uint32_t argc);
bool rc_build_lmove(rc_build *b, zval *args, uint32_t argc);
bool rc_build_lrem(rc_build *b, zval *args, uint32_t argc);
bool rc_build_pfadd(rc_build *b, zval *args, uint32_t argc);
bool rc_build_pfmerge(rc_build *b, zval *args, uint32_t argc);
bool rc_build_pop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_rawcommand(rc_build *b, zval *args, uint32_t argc);
bool rc_build_restore(rc_build *b, zval *args, uint32_t argc);
bool rc_build_set(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zadd(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zpop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zrange(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zrangebylex(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zrangebyscore(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zrevrange(rc_build *b, zval *args, uint32_t argc);

/* Streams */
bool rc_build_xack(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xadd(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xautoclaim(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xclaim(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xdel(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xgroup(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xinfo(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xpending(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xrange(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xread(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xreadgroup(rc_build *b, zval *args, uint32_t argc);
bool rc_build_xtrim(rc_build *b, zval *args, uint32_t argc);

/* Geo */
bool rc_build_geoadd(rc_build *b, zval *args, uint32_t argc);
bool rc_build_georadius(rc_build *b, zval *args, uint32_t argc);
bool rc_build_georadiusbymember(rc_build *b, zval *args, uint32_t argc);
bool rc_build_geosearch(rc_build *b, zval *args, uint32_t argc);
bool rc_build_geosearchstore(rc_build *b, zval *args, uint32_t argc);

/* Blocking pops (builders_blocking.c) */
bool rc_build_blmove(rc_build *b, zval *args, uint32_t argc);
bool rc_build_blmpop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_bpop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_brpoplpush(rc_build *b, zval *args, uint32_t argc);
bool rc_build_bzmpop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_lmpop(rc_build *b, zval *args, uint32_t argc);
bool rc_build_zmpop(rc_build *b, zval *args, uint32_t argc);

#endif
