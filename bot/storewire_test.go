package bot

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
	"paperbot/metrics"
	"paperbot/store"
)

// storeBot is a bot on a fake Discord with a real store at path, answering
// only in the channels given (and the threads it started).
func storeBot(t *testing.T, srv *fakediscord.Server, db *store.Store, channels ...string) *Bot {
	t.Helper()
	allow := map[string]bool{}
	for _, c := range channels {
		allow[c] = true
	}
	b, err := New(Config{Token: "x", APIURL: srv.APIURL(), Store: db, Channels: allow, DeferAfter: time.Hour, Metrics: metrics.New()}, engine(t))
	if err != nil {
		t.Fatal(err)
	}
	b.limits = unlimited()
	t.Cleanup(func() { b.Drain(context.Background()) })
	return b
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "paperbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func click(user, channel, customID string) *discordgo.Interaction {
	nextID++
	return &discordgo.Interaction{ID: fmt.Sprint(nextID), Token: fmt.Sprint("tok", nextID), Type: discordgo.InteractionMessageComponent, GuildID: "700", ChannelID: channel,
		Member: &discordgo.Member{User: &discordgo.User{ID: user}},
		Data:   discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

// TestThreadsOutliveRestart: a discussion thread the bot started is
// answered in after a restart, when the allow-list names only its parent
// (issue 8: the threads were remembered in memory only).
func TestThreadsOutliveRestart(t *testing.T) {
	srv := fakediscord.New(t)
	db := openStore(t)
	first := storeBot(t, srv, db, "500")
	r := respond(t, first, slash("1", "500", "discuss", str("topic", "drug trafficking")))
	thread := strings.TrimSuffix(strings.TrimPrefix(content(r), "Discussion started: <#"), ">")
	if thread == content(r) || thread == "" {
		t.Fatalf("/discuss did not start a thread: %q", content(r))
	}
	ask := slash("2", thread, "ask", str("question", "when did the US lift the arms embargo?"))
	if got := content(respond(t, first, ask)); strings.Contains(got, "I don't answer in this channel") {
		t.Fatalf("the bot that started the thread refuses it: %q", got)
	}

	restarted := storeBot(t, srv, db, "500")
	got := content(respond(t, restarted, slash("2", thread, "ask", str("question", "when did the US lift the arms embargo?"))))
	if strings.Contains(got, "I don't answer in this channel") {
		t.Fatalf("after a restart the bot refuses its own thread: %q", got)
	}
	if got := content(respond(t, restarted, slash("2", "501", "ask", str("question", "when did the US lift the arms embargo?")))); !strings.Contains(got, "I don't answer in this channel") {
		t.Fatalf("a channel outside the allow-list is answered: %q", got)
	}
}

// TestVotesOnlyOnGivenAnswers: a vote button names an answer the bot gave
// and one of the passages it offered; a forged one (an answer never given,
// a ¶ it did not offer) is refused and not counted, while a vote on the
// second passage of a real answer counts (issue 8).
func TestVotesOnlyOnGivenAnswers(t *testing.T) {
	srv := fakediscord.New(t)
	db := openStore(t)
	b := storeBot(t, srv, db)
	ctx := context.Background()

	askI := slash("1", "500", "ask", str("question", "when did the US lift the arms embargo on Tajikistan?"))
	a, err := b.engine.Ask("when did the US lift the arms embargo on Tajikistan?", 3)
	if err != nil || len(a.Hits) < 2 {
		t.Fatalf("need two hits: %v %d", err, len(a.Hits))
	}
	respond(t, b, askI)
	second := a.Hits[1].Paragraph
	notOffered := 1
	for offered := true; offered; notOffered++ {
		offered = false
		for _, h := range a.Hits {
			if h.Paragraph == notOffered {
				offered = true
			}
		}
	}
	notOffered--

	for _, c := range []struct{ id, want string }{
		{idPrefix + "vote:999999:3:n", "That button no longer works."}, // never given
		{idPrefix + "vote:" + snowflakeAt(time.Now()) + ":3:n", "Sorry, I couldn't record your vote yet: that answer is still being saved. Please try again in a moment."}, // given a moment ago, not logged yet (another replica's log)
		{idPrefix + "vote:" + askI.ID + ":" + itoa(notOffered) + ":n", "That button no longer works."},                                                                     // not offered
		{idPrefix + "vote:" + askI.ID + ":" + itoa(second) + ":y", "Thanks for the feedback."},
		{idPrefix + "vote:" + askI.ID + ":" + itoa(second) + ":n", "You already voted on this answer."},
	} {
		if got := content(respond(t, b, click("2", "500", c.id))); got != c.want {
			t.Errorf("%s: %q, want %q", c.id, got, c.want)
		}
	}
	rep, err := db.ReportGuild(ctx, "700", 10)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Votes != 1 || rep.Helpful != 1 {
		t.Fatalf("report counts %d votes (%d helpful), want the one real vote", rep.Votes, rep.Helpful)
	}
}

func itoa(n int) string { return fmt.Sprint(n) }

// dm makes an interaction from user in a DM with the bot (no server: the
// user is in User, not Member).
func dm(i *discordgo.Interaction, user string) *discordgo.Interaction {
	i.GuildID, i.Member, i.User = "", nil, &discordgo.User{ID: user}
	return i
}

// TestQuizInDMs: a quiz answered in a DM is recorded and scored per user,
// and /leaderboard in a DM shows the user's own score only (issue 8: every
// DM quiz click failed because the store required a server).
func TestQuizInDMs(t *testing.T) {
	srv := fakediscord.New(t)
	b := storeBot(t, srv, openStore(t))
	q := b.quizzer.All()[0]
	right := fmt.Sprintf("%squiz:%s:%d", idPrefix, q.ID, q.Answer)
	wrong := fmt.Sprintf("%squiz:%s:%d", idPrefix, q.ID, (q.Answer+1)%len(q.Choices))

	if got := content(respond(t, b, dm(click("", "dmchan1", right), "41"))); !strings.HasPrefix(got, "Right!") {
		t.Fatalf("a DM quiz answer: %q", got)
	}
	if got := content(respond(t, b, dm(click("", "dmchan1", wrong), "41"))); !strings.HasPrefix(got, "You already answered this quiz") {
		t.Fatalf("a second DM answer: %q", got)
	}
	if got := content(respond(t, b, dm(click("", "dmchan2", wrong), "42"))); !strings.HasPrefix(got, "Not quite.") {
		t.Fatalf("another user's DM answer: %q", got)
	}
	for user, want := range map[string]string{"41": "1 right of 1", "42": "0 right of 1", "43": "No quiz answers from you here yet"} {
		got := content(respond(t, b, dm(slash("", "dm"+user, "leaderboard"), user)))
		if !strings.Contains(got, want) || strings.Contains(got, "<@") {
			t.Errorf("DM /leaderboard for %s: %q, want %q and no one else's name", user, got, want)
		}
	}
}

// snowflakeAt is a Discord id made at t.
func snowflakeAt(t time.Time) string {
	return strconv.FormatUint(uint64(t.UnixMilli()-1420070400000)<<22, 10)
}

func TestJustGiven(t *testing.T) {
	now := time.Date(2026, 12, 5, 21, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		id   string
		want bool
	}{
		{snowflakeAt(now), true},
		{snowflakeAt(now.Add(-10 * time.Second)), true},
		{snowflakeAt(now.Add(-time.Minute)), false},
		{snowflakeAt(now.Add(time.Hour)), false}, // a clock far off: not trusted
		{"999999", false},                        // 2015
		{"x1", false},
	} {
		if got := justGiven(c.id, now); got != c.want {
			t.Errorf("justGiven(%s) = %v, want %v", c.id, got, c.want)
		}
	}
}
