/* sw-ballot-server.c — collects ballots from the participants' own devices over HTTP
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every path lives under a fresh random token: /TOKEN/ (the page),
 * /TOKEN/ballot.css, /TOKEN/ballot.js, /TOKEN/meeting (GET: what the page
 * needs, never anyone's weights or the notes) and /TOKEN/ballot (POST: one
 * ballot). Anything else is 404; other methods 405. docs/ballots.md.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <ifaddrs.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/random.h>

#include "sw-ballot-resources.h"
#include "sw-ballot-server.h"
#include "sw-blind-vote.h"

#define TOKEN_BYTES 16  /* 128 bits */
#define BALLOT_HEADER "X-Stackwise-Ballot"
#define BALLOT_RESOURCE_BASE "/io/github/stackwise/Stackwise/ballot/"
#define MAX_CLIENTS 1024

struct _SwBallotServer
{
  GObject     parent_instance;

  SwMeeting *meeting;        /* borrowed */
  guint       n_listed;       /* participants the meeting named when collection began */
  SoupServer *server;         /* NULL until listening */
  char       *token;
  char       *address;
  GHashTable *ballot_tokens;  /* participant name → their ballot token */
  GHashTable *clients;        /* client address → Bucket */
  gboolean    stopped;
};

typedef struct
{
  gint64 window_start;  /* µs, monotonic */
  guint  count;
} Bucket;

enum { SIGNAL_BALLOT, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SwBallotServer, sw_ballot_server, G_TYPE_OBJECT)

/* 128 random bits from the kernel, as URL-safe base64 without padding. */
static char *
new_token (void)
{
  guint8 bytes[TOKEN_BYTES];
  gsize got = 0;
  char *text;

  while (got < sizeof bytes)
    {
      ssize_t n = getrandom (bytes + got, sizeof bytes - got, 0);
      if (n < 0)
        g_error ("cannot read random bytes for a ballot token");
      got += (gsize) n;
    }
  text = g_base64_encode (bytes, sizeof bytes);
  for (char *c = text; *c != '\0'; c++)
    if (*c == '+')
      *c = '-';
    else if (*c == '/')
      *c = '_';
    else if (*c == '=')
      *c = '\0';
  return text;
}

/* Compares in time that does not depend on where the strings differ. */
static gboolean
token_equal (const char *a,
             const char *b)
{
  gsize la, lb;
  guint8 diff;

  if (a == NULL || b == NULL)
    return FALSE;
  la = strlen (a);
  lb = strlen (b);
  diff = la != lb;
  for (gsize i = 0; i < la && i < lb; i++)
    diff |= (guint8) (a[i] ^ b[i]);
  return diff == 0;
}

static void
set_safe_headers (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Content-Security-Policy",
                                "default-src 'none'; script-src 'self'; style-src 'self'; "
                                "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'");
  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "X-Frame-Options", "DENY");
}

static void
respond_text (SoupServerMessage *msg,
              guint              status,
              const char        *text)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "text/plain; charset=utf-8", SOUP_MEMORY_COPY, text, strlen (text));
  set_safe_headers (msg);
}

static void
respond_json (SoupServerMessage *msg,
              guint              status,
              JsonNode          *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize length;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, text, length);
  set_safe_headers (msg);
}

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *message)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "error", message);
  json_node_take_object (root, object);
  respond_json (msg, status, root);
}

/* The first request of a window starts it; over the limit, 429 until it ends. */
static gboolean
rate_allows (SwBallotServer    *self,
             SoupServerMessage *msg)
{
  const char *host = soup_server_message_get_remote_host (msg);
  gint64 now = g_get_monotonic_time ();
  Bucket *bucket;

  if (host == NULL)
    return FALSE;
  bucket = g_hash_table_lookup (self->clients, host);
  if (bucket == NULL)
    {
      /* Too many distinct clients: forget the old ones rather than grow. */
      if (g_hash_table_size (self->clients) >= MAX_CLIENTS)
        g_hash_table_remove_all (self->clients);
      bucket = g_new0 (Bucket, 1);
      g_hash_table_insert (self->clients, g_strdup (host), bucket);
    }
  if (now - bucket->window_start > SW_BALLOT_SERVER_RATE_WINDOW * G_USEC_PER_SEC)
    {
      bucket->window_start = now;
      bucket->count = 0;
    }
  bucket->count++;
  return bucket->count <= SW_BALLOT_SERVER_RATE_LIMIT;
}

static void
serve_resource (SoupServerMessage *msg,
                const char        *name,
                const char        *content_type)
{
  g_autofree char *path = g_strconcat (BALLOT_RESOURCE_BASE, name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (sw_ballot_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize length;
  const char *data;

  if (bytes == NULL)
    {
      respond_text (msg, SOUP_STATUS_NOT_FOUND, "not found");
      return;
    }
  data = g_bytes_get_data (bytes, &length);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, data, length);
  set_safe_headers (msg);
}

static void
add_string (JsonObject *object,
            const char *key,
            const char *value)
{
  json_object_set_string_member (object, key, value);
}

/* The page's words, in the program's language. */
static JsonObject *
page_strings (void)
{
  JsonObject *s = json_object_new ();

  add_string (s, "lang", _("en"));
  add_string (s, "title", _("Your ballot"));
  add_string (s, "who", _("Who are you?"));
  add_string (s, "pick", _("Choose your name"));
  add_string (s, "new_name", _("Or add your name"));
  add_string (s, "priorities", _("Your priorities"));
  add_string (s, "priorities_help", _("How much each one matters to you, from 0 (not at all) to 10 (very much)."));
  add_string (s, "situation", _("The team’s situation"));
  add_string (s, "submit", _("Send my ballot"));
  add_string (s, "sent", _("Your ballot is in. You can change it and send it again until everyone has voted."));
  add_string (s, "voted", _("has voted"));
  add_string (s, "not_voted", _("has not voted yet"));
  add_string (s, "closed", _("Everyone has voted: ballots are closed."));
  add_string (s, "failed", _("Your ballot could not be sent:"));
  add_string (s, "no_name", _("Choose or enter your name first."));
  return s;
}

static void
add_situation (JsonObject *page,
               SwMeeting  *meeting)
{
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  const SwSituation *situation = sw_meeting_get_situation (meeting);
  JsonArray *lines = json_array_new ();

  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset) && t < SW_SITUATION_MAX_TECHNOLOGIES; t++)
    if (situation->skills[t] != SW_SKILL_NOT_STATED)
      {
        /* Translators: the team's situation on the ballot page, "Skill in Python: 7 of 10" */
        g_autofree char *line = g_strdup_printf (_("Skill in %s: %g of 10"),
                                                 sw_dataset_get_technology (dataset, t)->name,
                                                 situation->skills[t]);
        json_array_add_string_element (lines, line);
      }
  if (situation->existing >= 0 && (guint) situation->existing < sw_dataset_get_n_technologies (dataset))
    {
      /* Translators: the team's situation on the ballot page, "Existing systems: Node.js" */
      g_autofree char *line = g_strdup_printf (_("Existing systems: %s"),
                                               sw_dataset_get_technology (dataset, situation->existing)->name);
      json_array_add_string_element (lines, line);
    }
  json_object_set_array_member (page, "situation", lines);
}

/* What the page needs: the criteria, who is in the meeting and who has voted.
 * Never anyone's weights, verdicts or the notes. */
static void
serve_meeting (SwBallotServer    *self,
               SoupServerMessage *msg)
{
  SwDataset *dataset = sw_meeting_get_dataset (self->meeting);
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *meeting = json_object_new ();
  JsonArray *criteria = json_array_new ();
  JsonArray *people = json_array_new ();
  SwBlindVote blind;

  sw_blind_vote_init_from_meeting (&blind, self->meeting);
  json_object_set_string_member (meeting, "title", sw_dataset_get_title (dataset));
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    {
      const SwCriterion *criterion = sw_dataset_get_criterion (dataset, c);
      JsonObject *item = json_object_new ();

      json_object_set_string_member (item, "id", criterion->id);
      json_object_set_string_member (item, "name", criterion->name);
      json_object_set_string_member (item, "help", criterion->help != NULL ? criterion->help : "");
      json_array_add_object_element (criteria, item);
    }
  json_object_set_array_member (meeting, "criteria", criteria);
  for (guint p = 0; p < sw_meeting_get_n_participants (self->meeting); p++)
    {
      JsonObject *item = json_object_new ();

      json_object_set_string_member (item, "name", sw_meeting_get_participant_name (self->meeting, p));
      json_object_set_boolean_member (item, "voted", sw_meeting_get_participant_voted (self->meeting, p));
      json_array_add_object_element (people, item);
    }
  json_object_set_array_member (meeting, "participants", people);
  json_object_set_boolean_member (meeting, "open", sw_ballot_server_is_open (self));
  add_situation (meeting, self->meeting);
  json_object_set_object_member (meeting, "strings", page_strings ());
  json_node_take_object (root, meeting);
  respond_json (msg, SOUP_STATUS_OK, root);
}

static int
find_participant (SwMeeting *meeting,
                  const char *name)
{
  for (guint p = 0; p < sw_meeting_get_n_participants (meeting); p++)
    if (g_str_equal (sw_meeting_get_participant_name (meeting, p), name))
      return (int) p;
  return -1;
}

static void
take_ballot (SwBallotServer    *self,
             SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  guint n_criteria = sw_dataset_get_n_criteria (sw_meeting_get_dataset (self->meeting));
  g_autofree double *weights = g_new0 (double, n_criteria);
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *given;
  const char *issued;
  JsonObject *answer;
  SwBlindVote blind;
  int index;

  if (!sw_ballot_server_is_open (self))
    {
      respond_error (msg, SOUP_STATUS_CONFLICT, _("everyone has voted: ballots are closed"));
      return;
    }
  if (body->length > SW_BALLOT_SERVER_MAX_BODY)
    {
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, _("the ballot is too large"));
      return;
    }

  bytes = soup_message_body_flatten (body);
  if (!sw_meeting_file_read_ballot (sw_meeting_get_dataset (self->meeting), bytes, "ballot", &name, weights, &error))
    {
      respond_error (msg, SOUP_STATUS_BAD_REQUEST, error->message);
      return;
    }

  given = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), BALLOT_HEADER);
  issued = g_hash_table_lookup (self->ballot_tokens, name);
  index = find_participant (self->meeting, name);

  if (issued != NULL)
    {
      /* This name's ballot belongs to the device that first sent it. */
      if (!token_equal (given, issued))
        {
          respond_error (msg, SOUP_STATUS_FORBIDDEN, _("this name's ballot was sent from another device"));
          return;
        }
    }
  else if (index >= 0 && sw_meeting_get_participant_voted (self->meeting, index))
    {
      respond_error (msg, SOUP_STATUS_FORBIDDEN, _("this participant has already voted in the room"));
      return;
    }
  else if (index < 0 && sw_meeting_get_n_participants (self->meeting) >= SW_MEETING_FILE_MAX_PARTICIPANTS)
    {
      respond_error (msg, SOUP_STATUS_CONFLICT, _("the meeting is full"));
      return;
    }

  index = sw_meeting_cast_ballot (self->meeting, name, weights);
  if (index < 0)
    {
      respond_error (msg, SOUP_STATUS_CONFLICT, _("the meeting is full"));
      return;
    }
  if (issued == NULL)
    {
      g_hash_table_insert (self->ballot_tokens, g_strdup (name), new_token ());
      issued = g_hash_table_lookup (self->ballot_tokens, name);
    }

  sw_blind_vote_init_from_meeting (&blind, self->meeting);
  root = json_node_new (JSON_NODE_OBJECT);
  answer = json_object_new ();
  json_object_set_string_member (answer, "ballot_token", issued);
  json_object_set_int_member (answer, "voted", blind.voted);
  json_object_set_int_member (answer, "of", blind.of);
  json_node_take_object (root, answer);
  respond_json (msg, SOUP_STATUS_OK, root);

  g_signal_emit (self, signals[SIGNAL_BALLOT], 0, (guint) index);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  SwBallotServer *self = user_data;
  const char *method = soup_server_message_get_method (msg);
  const char *rest;
  gsize token_length = strlen (self->token);

  if (!rate_allows (self, msg))
    {
      respond_text (msg, 429, "too many requests");
      return;
    }

  /* Only paths under /TOKEN/: a wrong or missing token looks like any unknown path. */
  if (path[0] != '/' || strncmp (path + 1, self->token, token_length) != 0 || path[1 + token_length] != '/')
    {
      respond_text (msg, SOUP_STATUS_NOT_FOUND, "not found");
      return;
    }
  rest = path + 2 + token_length;

  if (g_str_equal (rest, "ballot"))
    {
      if (method != SOUP_METHOD_POST)
        respond_text (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method not allowed");
      else
        take_ballot (self, msg);
      return;
    }

  if (!g_str_equal (rest, "") && !g_str_equal (rest, "ballot.css") && !g_str_equal (rest, "ballot.js")
      && !g_str_equal (rest, "meeting"))
    {
      respond_text (msg, SOUP_STATUS_NOT_FOUND, "not found");
      return;
    }
  if (method != SOUP_METHOD_GET && method != SOUP_METHOD_HEAD)
    {
      respond_text (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method not allowed");
      return;
    }

  if (g_str_equal (rest, ""))
    serve_resource (msg, "index.html", "text/html; charset=utf-8");
  else if (g_str_equal (rest, "ballot.css"))
    serve_resource (msg, "ballot.css", "text/css; charset=utf-8");
  else if (g_str_equal (rest, "ballot.js"))
    serve_resource (msg, "ballot.js", "text/javascript; charset=utf-8");
  else
    serve_meeting (self, msg);
}

/* Refuses a large or unmeasured body from its headers, before it is read. */
static void
check_headers (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  SoupEncoding encoding = soup_message_headers_get_encoding (headers);

  if (encoding == SOUP_ENCODING_CHUNKED || encoding == SOUP_ENCODING_EOF)
    respond_text (msg, SOUP_STATUS_LENGTH_REQUIRED, "length required");
  else if (encoding == SOUP_ENCODING_CONTENT_LENGTH &&
           soup_message_headers_get_content_length (headers) > SW_BALLOT_SERVER_MAX_BODY)
    respond_text (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too large");
}

gboolean
sw_ballot_server_is_open (SwBallotServer *self)
{
  guint n;

  g_return_val_if_fail (SW_IS_BALLOT_SERVER (self), FALSE);

  n = sw_meeting_get_n_participants (self->meeting);
  if (self->stopped)
    return FALSE;
  for (guint p = 0; p < n; p++)
    if (!sw_meeting_get_participant_voted (self->meeting, p))
      return TRUE;
  /* A meeting that named nobody runs until it is stopped: who "everyone" is
   * grows with each name added. One that named its participants closes once
   * they have all voted, which reveals a blind vote. */
  return self->n_listed == 0;
}

char *
sw_ballot_server_dup_local_address (void)
{
  struct ifaddrs *list = NULL;
  char *found = NULL;

  /* As on a computer with no network at all: for the page that says so. */
  if (g_strcmp0 (g_getenv ("STACKWISE_NO_LOCAL_NETWORK"), "1") == 0)
    return NULL;
  if (getifaddrs (&list) != 0)
    return NULL;
  for (struct ifaddrs *i = list; i != NULL && found == NULL; i = i->ifa_next)
    if (i->ifa_addr != NULL && i->ifa_addr->sa_family == AF_INET)
      {
        g_autoptr(GInetAddress) address =
          g_inet_address_new_from_bytes ((const guint8 *) &((struct sockaddr_in *) i->ifa_addr)->sin_addr,
                                         G_SOCKET_FAMILY_IPV4);
        if (!g_inet_address_get_is_loopback (address))
          found = g_inet_address_to_string (address);
      }
  freeifaddrs (list);
  return found;
}

gboolean
sw_ballot_server_listen (SwBallotServer  *self,
                         const char      *listen,
                         GError         **error)
{
  g_autoptr(GSocketAddress) local = NULL;
  g_autoptr(GSList) listeners = NULL;
  g_autofree char *host = NULL;
  GSocket *socket;

  g_return_val_if_fail (SW_IS_BALLOT_SERVER (self), FALSE);
  g_return_val_if_fail (self->server == NULL && !self->stopped, FALSE);

  self->server = soup_server_new ("server-header", NULL, NULL);
  soup_server_add_early_handler (self->server, NULL, check_headers, self, NULL);
  soup_server_add_handler (self->server, NULL, handle, self, NULL);

  if (listen != NULL)
    {
      g_autoptr(GSocketConnectable) parsed = NULL;
      g_autoptr(GInetAddress) inet = NULL;
      g_autoptr(GSocketAddress) address = NULL;
      g_autoptr(GError) parse_error = NULL;

      parsed = g_network_address_parse (listen, 0, &parse_error);
      if (parsed != NULL)
        inet = g_inet_address_new_from_string (g_network_address_get_hostname (G_NETWORK_ADDRESS (parsed)));
      if (parsed == NULL || inet == NULL || strrchr (listen, ':') == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("--listen: “%s” is not an address and port; use ADDRESS:PORT, such as 127.0.0.1:0 or [::1]:8080"),
                       listen);
          g_clear_object (&self->server);
          return FALSE;
        }
      address = g_inet_socket_address_new (inet, g_network_address_get_port (G_NETWORK_ADDRESS (parsed)));
      if (!soup_server_listen (self->server, address, 0, error))
        {
          g_prefix_error (error, _("--listen %s: "), listen);
          g_clear_object (&self->server);
          return FALSE;
        }
    }
  else if ((host = sw_ballot_server_dup_local_address ()) == NULL)
    {
      /* Listening everywhere would print 0.0.0.0, which no phone can open. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE,
                   _("this computer has no local-network address, so no other device can reach it; "
                     "connect it to the room’s network, or use --listen 127.0.0.1:0 to try it on this computer"));
      g_clear_object (&self->server);
      return FALSE;
    }
  else if (!soup_server_listen_all (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, error))
    {
      g_clear_object (&self->server);
      return FALSE;
    }

  /* The port from the listening socket itself (soup_server_get_uris() in
   * libsoup 3.2 leaks an address each call). */
  listeners = soup_server_get_listeners (self->server);
  socket = listeners->data;
  local = g_socket_get_local_address (socket, error);
  if (local == NULL)
    {
      g_clear_object (&self->server);
      return FALSE;
    }
  if (host == NULL)
    host = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (local)));
  if (strchr (host, ':') != NULL)
    {
      g_autofree char *bare = g_steal_pointer (&host);
      host = g_strdup_printf ("[%s]", bare);
    }
  self->address = g_strdup_printf ("http://%s:%u/%s/", host,
                                   g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (local)), self->token);

  return TRUE;
}

const char *
sw_ballot_server_get_address (SwBallotServer *self)
{
  g_return_val_if_fail (SW_IS_BALLOT_SERVER (self), NULL);

  return self->address;
}

void
sw_ballot_server_stop (SwBallotServer *self)
{
  g_return_if_fail (SW_IS_BALLOT_SERVER (self));

  self->stopped = TRUE;
  if (self->server != NULL)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
}

SwBallotServer *
sw_ballot_server_new (SwMeeting *meeting)
{
  SwBallotServer *self;

  g_return_val_if_fail (SW_IS_MEETING (meeting), NULL);

  self = g_object_new (SW_TYPE_BALLOT_SERVER, NULL);
  self->meeting = meeting;
  self->n_listed = sw_meeting_get_n_participants (meeting);
  return self;
}

static void
sw_ballot_server_finalize (GObject *object)
{
  SwBallotServer *self = SW_BALLOT_SERVER (object);

  sw_ballot_server_stop (self);
  g_free (self->token);
  g_free (self->address);
  g_hash_table_unref (self->ballot_tokens);
  g_hash_table_unref (self->clients);

  G_OBJECT_CLASS (sw_ballot_server_parent_class)->finalize (object);
}

static void
sw_ballot_server_class_init (SwBallotServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sw_ballot_server_finalize;

  /* A ballot arrived and is in the meeting: the participant's index. */
  signals[SIGNAL_BALLOT] =
    g_signal_new ("ballot", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
sw_ballot_server_init (SwBallotServer *self)
{
  self->token = new_token ();
  self->ballot_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->clients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
