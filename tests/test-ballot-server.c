/* test-ballot-server.c — the ballot server through real HTTP on the loopback address
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The server runs in a thread of its own with its own main context; the test
 * talks to it as a client would, only ever on 127.0.0.1. Every wait is bounded
 * in count, with a deadline only as a safety net.
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "sw-ballot-server.h"
#include "sw-test.h"

#define SAFETY_SECONDS 60

typedef struct
{
  SwDataset      *dataset;
  SwMeeting     *meeting;
  GMainContext   *context;
  GMainLoop      *loop;
  GThread        *thread;
  GMutex          lock;
  GCond           ready;
  char           *address;
  gboolean        started;
  guint           n_ballots;  /* "ballot" signals, counted in the server thread */
  SoupSession    *session;
} Fixture;

static void
count_ballot (SwBallotServer *server,
              guint           participant,
              Fixture        *fixture)
{
  g_atomic_int_inc (&fixture->n_ballots);
}

static gpointer
serve (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(SwBallotServer) server = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (fixture->context);
  server = sw_ballot_server_new (fixture->meeting);
  g_signal_connect (server, "ballot", G_CALLBACK (count_ballot), fixture);
  g_assert_true (sw_ballot_server_listen (server, "127.0.0.1:0", &error));
  g_assert_no_error (error);

  g_mutex_lock (&fixture->lock);
  fixture->address = g_strdup (sw_ballot_server_get_address (server));
  fixture->started = TRUE;
  g_cond_signal (&fixture->ready);
  g_mutex_unlock (&fixture->lock);

  g_main_loop_run (fixture->loop);
  sw_ballot_server_stop (server);
  g_clear_object (&server);
  /* Let the closed connections finish tearing down; bounded. */
  for (guint i = 0; i < 100 && g_main_context_iteration (fixture->context, FALSE); i++)
    ;
  g_main_context_pop_thread_default (fixture->context);
  return NULL;
}

static void
start (Fixture    *fixture,
       const char *meeting_file_name)
{
  fixture->dataset = sw_test_load_dataset ("shipped");
  fixture->meeting = meeting_file_name != NULL ? sw_test_load_meeting_file (fixture->dataset, meeting_file_name)
                                            : sw_test_new_meeting (fixture->dataset, 5.0);
  fixture->context = g_main_context_new ();
  fixture->loop = g_main_loop_new (fixture->context, FALSE);
  g_mutex_init (&fixture->lock);
  g_cond_init (&fixture->ready);
  fixture->thread = g_thread_new ("ballot-server", serve, fixture);
  g_mutex_lock (&fixture->lock);
  while (!fixture->started)
    g_cond_wait (&fixture->ready, &fixture->lock);
  g_mutex_unlock (&fixture->lock);
  g_assert_true (g_str_has_prefix (fixture->address, "http://127.0.0.1:"));
  /* No proxy: the test talks to 127.0.0.1 directly, and asks no settings service. */
  fixture->session = soup_session_new_with_options ("max-conns", 64, "max-conns-per-host", 32,
                                                    "proxy-resolver", NULL, NULL);
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
stop_server (Fixture *fixture)
{
  g_main_context_invoke (fixture->context, quit_loop, fixture->loop);
  g_thread_join (fixture->thread);
}

static void
finish (Fixture *fixture)
{
  g_clear_object (&fixture->session);
  for (guint i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  g_main_loop_unref (fixture->loop);
  g_main_context_unref (fixture->context);
  g_mutex_clear (&fixture->lock);
  g_cond_clear (&fixture->ready);
  g_free (fixture->address);
  g_object_unref (fixture->meeting);
  g_object_unref (fixture->dataset);
}

/* Every criterion at `weight`, as the page sends it. */
static char *
ballot_json (SwDataset  *dataset,
             const char *name,
             double      weight)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "{\"name\": \"%s\", \"weights\": {", name);
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    g_string_append_printf (out, "%s\"%s\": %g", c > 0 ? ", " : "", sw_dataset_get_criterion (dataset, c)->id, weight);
  g_string_append (out, "}}");
  return g_string_free (out, FALSE);
}

static void assert_weights (SwMeeting *meeting, const char *name, double weight);

static SoupMessage *
new_message (Fixture    *fixture,
             const char *method,
             const char *path,
             const char *body,
             const char *ballot_token)
{
  g_autofree char *uri = g_str_has_prefix (path, "/") ? NULL : g_strconcat (fixture->address, path, NULL);
  g_autofree char *root = NULL;
  SoupMessage *msg;

  if (uri == NULL)
    {
      /* An absolute path on the same server, outside the token. */
      const char *after_scheme = fixture->address + strlen ("http://");
      root = g_strndup (fixture->address, (after_scheme - fixture->address) + strcspn (after_scheme, "/"));
      uri = g_strconcat (root, path, NULL);
    }
  msg = soup_message_new (method, uri);
  g_assert_nonnull (msg);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  if (ballot_token != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (msg), "X-Stackwise-Ballot", ballot_token);
  return msg;
}

/* Sends and checks the headers every answer must carry; returns the body. */
static char *
send (Fixture    *fixture,
      const char *method,
      const char *path,
      const char *body,
      const char *ballot_token,
      guint       expected_status)
{
  g_autoptr(SoupMessage) msg = new_message (fixture, method, path, body, ballot_token);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) reply = soup_session_send_and_read (fixture->session, msg, NULL, &error);
  SoupMessageHeaders *headers;

  g_assert_no_error (error);
  if (soup_message_get_status (msg) != expected_status)
    g_error ("%s %s: status %u, expected %u", method, path, soup_message_get_status (msg), expected_status);
  headers = soup_message_get_response_headers (msg);
  g_assert_cmpstr (soup_message_headers_get_one (headers, "Cache-Control"), ==, "no-store");
  g_assert_true (g_str_has_prefix (soup_message_headers_get_one (headers, "Content-Security-Policy"),
                                   "default-src 'none'"));
  return g_strndup (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply));
}

static char *
token_of (const char *reply)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, reply, -1, NULL));
  return g_strdup (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "ballot_token"));
}

static void
test_page (void)
{
  Fixture fixture = { 0, };
  g_autofree char *page = NULL;
  g_autofree char *script = NULL;
  g_autofree char *style = NULL;
  g_autofree char *meeting = NULL;

  start (&fixture, NULL);
  page = send (&fixture, "GET", "", NULL, NULL, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (page, "<script src=\"ballot.js\""));
  script = send (&fixture, "GET", "ballot.js", NULL, NULL, SOUP_STATUS_OK);
  style = send (&fixture, "GET", "ballot.css", NULL, NULL, SOUP_STATUS_OK);
  meeting = send (&fixture, "GET", "meeting", NULL, NULL, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (meeting, "\"criteria\""));
  /* Nothing from the internet. */
  g_assert_null (strstr (page, "https://"));
  g_assert_null (strstr (script, "https://"));
  g_assert_null (strstr (style, "https://"));
  stop_server (&fixture);
  finish (&fixture);
}

typedef struct
{
  guint  done;
  guint  ok;
} Tally;

static void
sent (GObject      *source,
      GAsyncResult *result,
      gpointer      data)
{
  Tally *tally = data;
  g_autoptr(GBytes) reply = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);

  tally->done++;
  if (reply != NULL && soup_message_get_status (msg) == SOUP_STATUS_OK)
    tally->ok++;
}

/* A whole meeting of twenty sends at once. */
static void
test_twenty_at_once (void)
{
  Fixture fixture = { 0, };
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_object_unref);
  Tally tally = { 0, };
  gint64 deadline;

  start (&fixture, NULL);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i + 1);
      g_autofree char *body = ballot_json (fixture.dataset, name, i % 11);
      SoupMessage *msg = new_message (&fixture, "POST", "ballot", body, NULL);

      g_ptr_array_add (messages, msg);
      soup_session_send_and_read_async (fixture.session, msg, G_PRIORITY_DEFAULT, NULL, sent, &tally);
    }
  deadline = g_get_monotonic_time () + SAFETY_SECONDS * G_USEC_PER_SEC;
  while (tally.done < 20 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (tally.done, ==, 20);
  g_assert_cmpuint (tally.ok, ==, 20);
  g_ptr_array_unref (messages);
  stop_server (&fixture);
  g_assert_cmpuint (sw_meeting_get_n_participants (fixture.meeting), ==, 20);
  assert_weights (fixture.meeting, "Person 11", 10);
  finish (&fixture);
}

static void
assert_weights (SwMeeting *meeting,
                const char *name,
                double      weight)
{
  for (guint p = 0; p < sw_meeting_get_n_participants (meeting); p++)
    {
      SwParticipant *participant = sw_meeting_get_participant (meeting, p);
      if (g_str_equal (sw_participant_get_name (participant), name))
        {
          g_assert_true (sw_participant_get_voted (participant));
          for (guint c = 0; c < sw_dataset_get_n_criteria (sw_meeting_get_dataset (meeting)); c++)
            g_assert_cmpfloat (sw_participant_get_weight (participant, c), ==, weight);
          return;
        }
    }
  g_error ("no participant %s", name);
}

/* A ballot can be changed from the device that sent it, and only from there. */
static void
test_changed_ballot (void)
{
  Fixture fixture = { 0, };
  g_autofree char *ana1 = NULL, *ana2 = NULL, *ben = NULL;
  g_autofree char *reply = NULL, *ana_token = NULL, *ben_token = NULL;
  g_autofree char *r2 = NULL, *r3 = NULL, *r4 = NULL, *r5 = NULL, *r6 = NULL;

  start (&fixture, NULL);
  ana1 = ballot_json (fixture.dataset, "Ana", 3);
  ana2 = ballot_json (fixture.dataset, "Ana", 9);
  ben = ballot_json (fixture.dataset, "Ben", 4);
  reply = send (&fixture, "POST", "ballot", ana1, NULL, SOUP_STATUS_OK);
  ana_token = token_of (reply);
  g_assert_cmpuint (strlen (ana_token), >=, 22);
  r2 = send (&fixture, "POST", "ballot", ben, NULL, SOUP_STATUS_OK);
  ben_token = token_of (r2);
  g_assert_cmpstr (ana_token, !=, ben_token);

  /* Without Ana's token, or with Ben's, nobody overwrites Ana's ballot. */
  r3 = send (&fixture, "POST", "ballot", ana2, NULL, SOUP_STATUS_FORBIDDEN);
  r4 = send (&fixture, "POST", "ballot", ana2, ben_token, SOUP_STATUS_FORBIDDEN);
  r5 = send (&fixture, "POST", "ballot", ana2, "AAAAAAAAAAAAAAAAAAAAAA", SOUP_STATUS_FORBIDDEN);
  /* With it, Ana changes her mind. */
  r6 = send (&fixture, "POST", "ballot", ana2, ana_token, SOUP_STATUS_OK);
  stop_server (&fixture);
  g_assert_cmpuint (sw_meeting_get_n_participants (fixture.meeting), ==, 2);
  assert_weights (fixture.meeting, "Ana", 9);
  assert_weights (fixture.meeting, "Ben", 4);
  g_assert_cmpuint (fixture.n_ballots, ==, 3);
  finish (&fixture);
}

/* Every kind of hostile request gets a plain refusal, and the server goes on. */
static void
test_hostile (void)
{
  Fixture fixture = { 0, };
  g_autofree char *big = g_strnfill (SW_BALLOT_SERVER_MAX_BODY + 1, ' ');
  g_autofree char *deep = NULL;
  g_autofree char *good = NULL;
  g_autofree char *too_heavy = NULL;
  static const struct {
    const char *method;
    const char *path;
    guint       status;
  } requests[] = {
    { "GET", "/", SOUP_STATUS_NOT_FOUND },                              /* no token */
    { "GET", "/AAAAAAAAAAAAAAAAAAAAAA/", SOUP_STATUS_NOT_FOUND },       /* wrong token */
    { "POST", "/AAAAAAAAAAAAAAAAAAAAAA/ballot", SOUP_STATUS_NOT_FOUND },
    { "GET", "/index.html", SOUP_STATUS_NOT_FOUND },
    { "GET", "index.html", SOUP_STATUS_NOT_FOUND },                     /* only the names it serves */
    { "GET", "../../etc/passwd", SOUP_STATUS_NOT_FOUND },
    { "GET", "%2e%2e/%2e%2e/etc/passwd", SOUP_STATUS_NOT_FOUND },
    { "GET", "page/", SOUP_STATUS_NOT_FOUND },                          /* no listing */
    { "GET", "ballot", SOUP_STATUS_METHOD_NOT_ALLOWED },
    { "DELETE", "ballot", SOUP_STATUS_METHOD_NOT_ALLOWED },
    { "PUT", "ballot", SOUP_STATUS_METHOD_NOT_ALLOWED },
    { "POST", "meeting", SOUP_STATUS_METHOD_NOT_ALLOWED },
    { "OPTIONS", "", SOUP_STATUS_METHOD_NOT_ALLOWED },
    { "TRACE", "", SOUP_STATUS_METHOD_NOT_ALLOWED },
  };

  start (&fixture, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    g_free (send (&fixture, requests[i].method, requests[i].path, NULL, NULL, requests[i].status));

  /* Oversized, malformed, nested too deeply, out of range, not a ballot. */
  g_free (send (&fixture, "POST", "ballot", big, NULL, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE));
  g_free (send (&fixture, "POST", "ballot", "{\"name\": \"Ana\", \"weights\": {", NULL, SOUP_STATUS_BAD_REQUEST));
  g_free (send (&fixture, "POST", "ballot", "", NULL, SOUP_STATUS_BAD_REQUEST));
  g_free (send (&fixture, "POST", "ballot", "[1, 2, 3]", NULL, SOUP_STATUS_BAD_REQUEST));
  g_free (send (&fixture, "POST", "ballot", "\xff\xfe", NULL, SOUP_STATUS_BAD_REQUEST));
  {
    g_autofree char *open = g_strnfill (200, '[');
    g_autofree char *close = g_strnfill (200, ']');
    deep = g_strconcat (open, close, NULL);
  }
  g_free (send (&fixture, "POST", "ballot", deep, NULL, SOUP_STATUS_BAD_REQUEST));
  too_heavy = ballot_json (fixture.dataset, "Ana", 11);
  g_free (send (&fixture, "POST", "ballot", too_heavy, NULL, SOUP_STATUS_BAD_REQUEST));
  g_free (send (&fixture, "POST", "ballot", "{\"name\": \"\", \"weights\": {}}", NULL, SOUP_STATUS_BAD_REQUEST));

  /* Still serving, and nothing was taken. */
  good = ballot_json (fixture.dataset, "Ana", 5);
  g_free (send (&fixture, "POST", "ballot", good, NULL, SOUP_STATUS_OK));
  stop_server (&fixture);
  g_assert_cmpuint (sw_meeting_get_n_participants (fixture.meeting), ==, 1);
  finish (&fixture);
}

/* A flood from one address is cut off after the limit; the count is bounded. */
static void
test_flood (void)
{
  Fixture fixture = { 0, };
  guint refused = 0;

  start (&fixture, NULL);
  for (guint i = 0; i < SW_BALLOT_SERVER_RATE_LIMIT + 30; i++)
    {
      g_autoptr(SoupMessage) msg = new_message (&fixture, "GET", "meeting", NULL, NULL);
      g_autoptr(GBytes) reply = soup_session_send_and_read (fixture.session, msg, NULL, NULL);

      if (soup_message_get_status (msg) == 429)
        refused++;
      else
        g_assert_cmpuint (soup_message_get_status (msg), ==, SOUP_STATUS_OK);
    }
  g_assert_cmpuint (refused, >=, 30);
  stop_server (&fixture);
  finish (&fixture);
}

/* The blind rule at the server's door: names and who has voted, never weights,
 * verdicts or notes; a participant who voted in the room cannot be overwritten. */
static void
test_blind (void)
{
  Fixture fixture = { 0, };
  g_autofree char *meeting = NULL;
  g_autofree char *ana = NULL;
  g_autofree char *cleo = NULL;

  start (&fixture, "blind-open.stackwise");
  meeting = send (&fixture, "GET", "meeting", NULL, NULL, SOUP_STATUS_OK);
  g_assert_nonnull (strstr (meeting, "\"Ana\""));
  g_assert_null (strstr (meeting, "weights"));
  g_assert_null (strstr (meeting, "order-tracking"));
  g_assert_null (strstr (meeting, "verdict"));
  g_assert_null (strstr (meeting, "score"));

  ana = ballot_json (fixture.dataset, "Ana", 0);
  g_free (send (&fixture, "POST", "ballot", ana, NULL, SOUP_STATUS_FORBIDDEN));
  cleo = ballot_json (fixture.dataset, "Cleo", 6);
  g_free (send (&fixture, "POST", "ballot", cleo, NULL, SOUP_STATUS_OK));
  /* Everyone has voted: the result is revealed and ballots close. */
  g_free (send (&fixture, "POST", "ballot", cleo, NULL, SOUP_STATUS_CONFLICT));
  stop_server (&fixture);
  assert_weights (fixture.meeting, "Cleo", 6);
  finish (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/ballot-server/page", test_page);
  g_test_add_func ("/stackwise/ballot-server/twenty-at-once", test_twenty_at_once);
  g_test_add_func ("/stackwise/ballot-server/changed-ballot", test_changed_ballot);
  g_test_add_func ("/stackwise/ballot-server/hostile", test_hostile);
  g_test_add_func ("/stackwise/ballot-server/flood", test_flood);
  g_test_add_func ("/stackwise/ballot-server/blind", test_blind);

  return g_test_run ();
}
