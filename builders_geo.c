/* Builders for geo commands. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when it
 * refuses them. Members go as the strings they are: like phpredis's replies, which
 * return them as stored, they are not serialized. */
#include "builders.h"

/* geoadd($key, $lng, $lat, $member, ...$other_triples_and_options): an array last holds
 * the options NX, XX and CH, which Redis takes before the triples. A count of the rest
 * that is not triples goes as it is, for the server to refuse. */
bool rc_build_geoadd(rc_build *b, zval *args, uint32_t argc)
{
	uint32_t end = argc;
	zval *opt;

	if (!rc_arg_count(argc, 4, UINT32_MAX) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (Z_TYPE(args[argc - 1]) == IS_ARRAY) {
		end = argc - 1;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[end]), opt) {
			if (Z_TYPE_P(opt) != IS_STRING
				|| (strcasecmp(Z_STRVAL_P(opt), "NX") && strcasecmp(Z_STRVAL_P(opt), "XX")
					&& strcasecmp(Z_STRVAL_P(opt), "CH"))) {
				php_error_docref(NULL, E_WARNING, "Unknown GEOADD option (NX, XX and CH are)");
				return false;
			}
			rc_cmd_arg_str(&b->req->cmd, Z_STR_P(opt));
		} ZEND_HASH_FOREACH_END();
	}
	for (uint32_t i = 1; i < end; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return true;
}

/* The options of GEORADIUS* and GEOSEARCH*, in phpredis's array: WITHDIST, WITHCOORD,
 * WITHHASH, ASC, DESC, ANY as values; 'count' => n (or [n, 'ANY'] where `count_any`),
 * 'store' / 'storedist' => key (where `store`), names in any case. Others are ignored, as
 * phpredis ignores them. */
typedef struct geo_opts {
	bool with[3];      /* WITHDIST, WITHCOORD, WITHHASH */
	bool any;
	const char *order; /* "ASC", "DESC" or NULL */
	zend_long count;   /* 0: none */
	zval *store;       /* the destination key, or NULL */
	bool storedist;
} geo_opts;

static const char *const geo_with[] = {"WITHDIST", "WITHCOORD", "WITHHASH"};

static void geo_flag(geo_opts *o, const char *flag)
{
	for (size_t i = 0; i < 3; i++) {
		o->with[i] = o->with[i] || !strcasecmp(flag, geo_with[i]);
	}
	o->any = o->any || !strcasecmp(flag, "ANY");
	if (!strcasecmp(flag, "ASC") || !strcasecmp(flag, "DESC")) {
		o->order = toupper((unsigned char)flag[0]) == 'A' ? "ASC" : "DESC";
	}
}

/* 'count' => n, or [n, 'ANY'] where allowed: n > 0, else phpredis's warning. */
static bool geo_count(geo_opts *o, zval *val, bool count_any)
{
	zval *n = val, *any;

	if (count_any && Z_TYPE_P(val) == IS_ARRAY) {
		n = zend_hash_index_find(Z_ARRVAL_P(val), 0);
		any = zend_hash_index_find(Z_ARRVAL_P(val), 1);
		o->any = o->any || (any && zend_is_true(any));
	}
	if (n == NULL || (Z_TYPE_P(n) != IS_LONG && Z_TYPE_P(n) != IS_STRING) || zval_get_long(n) <= 0) {
		php_error_docref(NULL, E_WARNING, "COUNT must be an integer > 0!");
		return false;
	}
	o->count = zval_get_long(n);
	return true;
}

static bool geo_parse(geo_opts *o, zval *arg, uint32_t num, bool store, bool count_any)
{
	zend_string *name;
	zval *val;

	memset(o, 0, sizeof(*o));
	if (arg == NULL || Z_TYPE_P(arg) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(arg) != IS_ARRAY) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_ARRAY, arg);
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(arg), name, val) {
		if (name == NULL) {
			if (Z_TYPE_P(val) == IS_STRING) {
				geo_flag(o, Z_STRVAL_P(val));
			}
		} else if (zend_string_equals_literal_ci(name, "count")) {
			if (!geo_count(o, val, count_any)) {
				return false;
			}
		} else if (store && (zend_string_equals_literal_ci(name, "store") || zend_string_equals_literal_ci(name, "storedist"))) {
			o->store = val;
			o->storedist = zend_string_equals_literal_ci(name, "storedist");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Adds the options; the STORE key must be in the source key's slot. */
static bool geo_add(rc_build *b, const geo_opts *o, uint32_t num)
{
	for (size_t i = 0; i < 3; i++) {
		if (o->with[i]) {
			rc_cmd_arg(&b->req->cmd, geo_with[i], strlen(geo_with[i]));
		}
	}
	if (o->count > 0) {
		rc_cmd_arg(&b->req->cmd, "COUNT", 5);
		rc_cmd_arg_long(&b->req->cmd, o->count);
	}
	if (o->any) {
		rc_cmd_arg(&b->req->cmd, "ANY", 3);
	}
	if (o->order) {
		rc_cmd_arg(&b->req->cmd, o->order, strlen(o->order));
	}
	if (o->store) {
		rc_cmd_arg(&b->req->cmd, o->storedist ? "STOREDIST" : "STORE", o->storedist ? 9 : 5);
		return rc_arg_key(b->codec, b->req, o->store, num, false);
	}
	return true;
}

/* The arguments of GEORADIUS* from `i` on: radius, unit, then the options. */
static bool georadius_tail(rc_build *b, zval *args, uint32_t argc, uint32_t i)
{
	geo_opts o;

	if (!geo_parse(&o, argc > i + 2 ? &args[i + 2] : NULL, i + 3, true, false)) {
		return false;
	}
	rc_arg_string(b->req, &args[i]);
	rc_arg_string(b->req, &args[i + 1]);
	return geo_add(b, &o, i + 3);
}

/* georadius($key, $lng, $lat, $radius, $unit, $options = []) and georadius_ro() */
bool rc_build_georadius(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 5, 6) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	return georadius_tail(b, args, argc, 3);
}

/* georadiusbymember($key, $member, $radius, $unit, $options = []) and its _ro() */
bool rc_build_georadiusbymember(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 4, 5) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	return georadius_tail(b, args, argc, 2);
}

/* A pair [a, b] of a position or a box, added as two arguments. */
static bool geo_pair(rc_req *req, zval *arg, uint32_t num, const char *what)
{
	zval *first = zend_hash_index_find(Z_ARRVAL_P(arg), 0), *second = zend_hash_index_find(Z_ARRVAL_P(arg), 1);

	if (zend_hash_num_elements(Z_ARRVAL_P(arg)) != 2 || first == NULL || second == NULL) {
		zend_argument_value_error(num, "must be %s", what);
		return false;
	}
	rc_arg_string(req, first);
	rc_arg_string(req, second);
	return true;
}

/* GEOSEARCH's position, shape and unit from args[0..2]: FROMMEMBER member or FROMLONLAT
 * [lng, lat]; BYRADIUS radius or BYBOX [width, height]. */
static bool geosearch_where(rc_req *req, zval *args, uint32_t num)
{
	if (Z_TYPE(args[0]) == IS_ARRAY) {
		rc_cmd_arg(&req->cmd, "FROMLONLAT", 10);
		if (!geo_pair(req, &args[0], num, "a member or [longitude, latitude]")) {
			return false;
		}
	} else {
		rc_cmd_arg(&req->cmd, "FROMMEMBER", 10);
		rc_arg_string(req, &args[0]);
	}
	if (Z_TYPE(args[1]) == IS_ARRAY) {
		rc_cmd_arg(&req->cmd, "BYBOX", 5);
		if (!geo_pair(req, &args[1], num + 1, "a radius or [width, height]")) {
			return false;
		}
	} else {
		rc_cmd_arg(&req->cmd, "BYRADIUS", 8);
		rc_arg_string(req, &args[1]);
	}
	rc_arg_string(req, &args[2]);
	return true;
}

/* geosearch($key, $position, $shape, $unit, $options = []) */
bool rc_build_geosearch(rc_build *b, zval *args, uint32_t argc)
{
	geo_opts o;

	if (!rc_arg_count(argc, 4, 5) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !geo_parse(&o, argc == 5 ? &args[4] : NULL, 5, false, true) || !geosearch_where(b->req, &args[1], 2)) {
		return false;
	}
	return geo_add(b, &o, 5);
}

/* geosearchstore($dst, $src, $position, $shape, $unit, $options = []): both keys in one
 * slot; 'storedist' => true or 'STOREDIST' among the options stores the distances. */
bool rc_build_geosearchstore(rc_build *b, zval *args, uint32_t argc)
{
	zval *storedist = NULL, *opt;
	geo_opts o;

	if (!rc_arg_count(argc, 5, 6) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_key(b->codec, b->req, &args[1], 2, false) || !geo_parse(&o, argc == 6 ? &args[5] : NULL, 6, false, true)
		|| !geosearch_where(b->req, &args[2], 3) || !geo_add(b, &o, 6)) {
		return false;
	}
	if (argc == 6) {
		storedist = zend_hash_str_find(Z_ARRVAL(args[5]), "storedist", sizeof("storedist") - 1);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[5]), opt) {
			if (Z_TYPE_P(opt) == IS_STRING && !strcasecmp(Z_STRVAL_P(opt), "STOREDIST")) {
				storedist = opt;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (storedist && zend_is_true(storedist)) {
		rc_cmd_arg(&b->req->cmd, "STOREDIST", 9);
	}
	return true;
}
