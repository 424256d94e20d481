package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperbot/internal/fakediscord"
	"paperbot/store"
)

// soakLength chooses TestFaultSoak's plan: the short one by default, the
// full one with go test ./cmd/paperbot -run TestFaultSoak -soak=full.
var soakLength = flag.String("soak", "short", `TestFaultSoak's length: "short" (300 interactions, about 10 s) or "full" (1,000, about 50 s)`)

// soakPlan is how much load and how many faults a soak run gets. The
// assertions are the same for every plan: they count, never time.
type soakPlan struct {
	total      int           // interactions and mentions sent
	pace       time.Duration // one every pace
	dropEvery  time.Duration // a Gateway drop every dropEvery plus up to dropJitter
	dropJitter time.Duration
	minDrops   int // fewer drops means the faults were not exercised
}

func soakPlanFor(length string) (soakPlan, bool) {
	switch length {
	case "short":
		// About a third of the full load, with drops at a similar share
		// of the time (discordgo takes over a second to resume).
		return soakPlan{total: 300, pace: 30 * time.Millisecond, dropEvery: 2 * time.Second, dropJitter: time.Second, minDrops: 2}, true
	case "full":
		return soakPlan{total: 1000, pace: 45 * time.Millisecond, dropEvery: 3 * time.Second, dropJitter: 2 * time.Second, minDrops: 5}, true
	}
	return soakPlan{}, false
}

// TestFaultSoak runs the real program against a fake Discord that
// misbehaves: mixed interactions from 100 users (/ask, /ref and its
// autocomplete, /passage, /quiz and clicks on its choices, Helpful / Not
// helpful votes, mentions) arrive at a steady pace while the Gateway
// connection drops every few seconds (discordgo resumes, and the fake
// replays what the dropped connection lost, as Discord does) and 5% of
// REST calls get a 429, 1% a 500 (and the first interaction callback a
// 500). At the end the program is stopped as SIGTERM would stop it. By
// default 300 interactions in about 9 s; -soak=full sends 1,000 in about
// 45 s.
//
// It asserts counts, never speeds: every interaction answered exactly
// once, except those whose only response Discord refused with a 500
// (discordgo does not retry those; they are counted as lost); none
// answered twice; every quiz answer and vote the bot acknowledged is in
// the database; run returns nil within 5 s of the cancel; no discordgo
// session outlives it. It logs the latency from dispatch to the first
// accepted response, the lost interactions and the peak memory.
func TestFaultSoak(t *testing.T) {
	plan, ok := soakPlanFor(*soakLength)
	if !ok {
		t.Fatalf("-soak=%q: want short or full", *soakLength)
	}
	const (
		seed    = 20250611
		users   = 100
		guild   = "700"
		channel = "800"
	)
	total := plan.total
	baseline := sessionGoroutines()

	// The first interaction callback fails with a 500 besides the random
	// faults: about 3 of the short run's ~300 calls draw one, too few to
	// be sure of any (fakediscord's TestRandomFaults checks the mix).
	srv := fakediscord.New(t, fakediscord.WithRandomFaults(seed, 0.05, 0.01), fakediscord.WithResumeReplay(),
		fakediscord.WithStatus("POST /interactions/*/*/callback", http.StatusInternalServerError, 1))
	logs := &syncBuffer{}
	dbPath := filepath.Join(t.TempDir(), "paperbot.db")
	env := map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.APIURL(), "PAPERBOT_DB": dbPath,
		"PAPERBOT_HTTP_ADDR": "127.0.0.1:0"} // not the default :8080 on every interface
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"run"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, logs)
	}()
	stopped := false
	defer func() { // on a failed start: stop the program before the fake closes
		if !stopped {
			cancel()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
			}
		}
	}()
	wctx, wcancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer wcancel()
	if err := srv.WaitReady(wctx); err != nil {
		t.Fatalf("bot never became ready: %v\n%s", err, logs.String())
	}
	if _, err := srv.WaitCall(wctx, fakediscord.Match("PUT", "/applications/*/commands")); err != nil {
		t.Fatalf("commands never registered: %v\n%s", err, logs.String())
	}

	tr := &soakTracker{items: map[string]*soakItem{}}
	srv.OnCall(tr.onCall)
	defer srv.OnCall(nil)

	// Drop the Gateway connection every few seconds until the load ends.
	loadDone := make(chan struct{})
	var bg sync.WaitGroup
	drops := 0
	bg.Add(1)
	go func() {
		defer bg.Done()
		jitter := rand.New(rand.NewPCG(seed, 2))
		for {
			select {
			case <-loadDone:
				return
			case <-time.After(plan.dropEvery + time.Duration(jitter.Int64N(int64(plan.dropJitter)))):
				srv.DropConnection()
				drops++
			}
		}
	}()

	// The load: one interaction or mention every pace, of a kind drawn
	// from fixed weights by a seeded generator. Clicks go to quizzes and
	// answers whose message has been delivered; before there are any, the
	// draw becomes an /ask.
	rng := rand.New(rand.NewPCG(seed, 1))
	weights := []struct {
		kind string
		w    int
	}{{"ask", 28}, {"autocomplete", 8}, {"ref", 4}, {"passage", 10}, {"quiz", 6}, {"quizclick", 22}, {"vote", 12}, {"mention", 10}}
	draw := func() string {
		n := rng.IntN(100)
		for _, w := range weights {
			if n < w.w {
				return w.kind
			}
			n -= w.w
		}
		return "ask"
	}
	userID := func(k int) string { return strconv.Itoa(810000000000000000 + k) }
	nextID := 1900000000000000000
	newID := func() string { nextID++; return strconv.Itoa(nextID) }
	member := func(u string) *discordgo.Member {
		return &discordgo.Member{User: &discordgo.User{ID: u, Username: "student" + u[len(u)-3:]}, GuildID: guild}
	}
	str := func(name, v string) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	num := func(name string, v int) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: float64(v)}
	}
	var quizClicks, voteClicks []*soakItem // for repeat clicks by the same user
	whileDown := 0
	ticker := time.NewTicker(plan.pace)
	start := time.Now()
	for n := 0; n < total; n++ {
		<-ticker.C
		kind := draw()
		user := userID(rng.IntN(users))
		it := &soakItem{n: n, user: user, kind: kind}
		var i *discordgo.Interaction
		switch kind {
		case "quizclick":
			var q *soakTarget
			if len(quizClicks) > 0 && rng.IntN(100) < 15 {
				// The same user again on the same quiz, another choice:
				// only the first answer may count.
				prev := quizClicks[rng.IntN(len(quizClicks))]
				q, it.user = prev.target, prev.user
				it.choice = (prev.choice + 1 + rng.IntN(len(q.buttons)-1)) % len(q.buttons)
			} else if q = tr.pick(rng, "quiz"); q != nil {
				it.choice = rng.IntN(len(q.buttons))
			}
			if q == nil {
				kind, it.kind = "ask", "ask"
				break
			}
			it.target, it.group = q, q.quizID+"/"+it.user
			quizClicks = append(quizClicks, it)
			i = soakClick(q, q.buttons[it.choice].CustomID, member(it.user))
		case "vote":
			var a *soakTarget
			y := rng.IntN(3) > 0
			if len(voteClicks) > 0 && rng.IntN(100) < 15 {
				prev := voteClicks[rng.IntN(len(voteClicks))]
				a, it.user, y = prev.target, prev.user, !prev.helpful
			} else {
				a = tr.pick(rng, "answer")
			}
			if a == nil {
				kind, it.kind = "ask", "ask"
				break
			}
			it.target, it.group, it.helpful = a, a.answerID+"/"+it.user, y
			voteClicks = append(voteClicks, it)
			id := a.voteYes
			if !y {
				id = a.voteNo
			}
			i = soakClick(a, id, member(it.user))
		}
		switch kind {
		case "ask":
			q := soakQuestions[rng.IntN(len(soakQuestions))]
			i = &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{
				Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("question", q)}}}
		case "autocomplete":
			i = &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, Data: discordgo.ApplicationCommandInteractionData{
				Name: "ref", Options: []*discordgo.ApplicationCommandInteractionDataOption{
					{Name: "query", Type: discordgo.ApplicationCommandOptionString, Value: soakRefQueries[rng.IntN(len(soakRefQueries))], Focused: true}}}}
		case "ref":
			i = &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{
				Name: "ref", Options: []*discordgo.ApplicationCommandInteractionDataOption{str("query", soakRefQueries[rng.IntN(len(soakRefQueries))])}}}
		case "passage":
			opt := num("number", 1+rng.IntN(25)) // 24 and 25 do not exist
			if rng.IntN(4) == 0 {
				opt = num("page", 1+rng.IntN(8))
			}
			i = &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{
				Name: "passage", Options: []*discordgo.ApplicationCommandInteractionDataOption{opt}}}
		case "quiz":
			i = &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{Name: "quiz"}}
		}
		it.id = newID()
		if it.down = !srv.Connected(); it.down {
			whileDown++
		}
		if kind == "mention" {
			q := soakQuestions[rng.IntN(len(soakQuestions))]
			m := &discordgo.Message{ID: it.id, ChannelID: channel, GuildID: guild, Author: &discordgo.User{ID: it.user, Username: "student"},
				Content:  "<@" + fakediscord.DefaultApplicationID + "> " + q,
				Mentions: []*discordgo.User{{ID: fakediscord.DefaultApplicationID}}}
			tr.add(it)
			srv.Message(m)
			continue
		}
		i.ID, i.Token, i.GuildID, i.ChannelID = it.id, "soak-"+it.id, guild, channel
		if i.Member == nil {
			i.Member = member(it.user)
		}
		tr.add(it)
		srv.Interaction(i)
	}
	ticker.Stop()
	sendTime := time.Since(start)
	close(loadDone)
	bg.Wait()

	// Wait until every interaction has its outcome: a response Discord
	// accepted (and, when deferred, the edit carrying the answer), or a
	// 500 that discordgo does not retry. Then a quiet second, so that a
	// duplicate response would be seen.
	drain := time.Now()
	deadline := time.Now().Add(60 * time.Second)
	for !tr.settled() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(time.Second)
	drainTime := time.Since(drain)

	// SIGTERM: main's signal.NotifyContext cancels the context run got.
	// First let discordgo finish its last reconnect: a Close racing a
	// reconnect is a known discordgo hazard this test is not about.
	rctx, rcancel := context.WithTimeout(context.Background(), 15*time.Second)
	if err := srv.WaitReady(rctx); err != nil {
		t.Errorf("gateway not reconnected after the load: %v", err)
	}
	rcancel()
	stopped = true
	cancel()
	t0 := time.Now()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run returned %v after cancel", err)
		}
		t.Logf("shutdown: run returned %v after %v", err, time.Since(t0).Round(time.Millisecond))
	case <-time.After(5 * time.Second):
		t.Errorf("run did not return within 5 s of cancel")
		select { // keep the fake up until the program is gone
		case <-done:
		case <-time.After(20 * time.Second):
		}
	}
	srv.OnCall(nil)
	peak := vmHWM()

	// Exactly once.
	tr.mu.Lock()
	defer tr.mu.Unlock()
	var (
		answered, lost500, deferred, editLost, limited int
		unanswered, twice                              []string
		lat, latUp                                     []time.Duration
		lostKinds                                      = map[string]int{}
		byKind                                         = map[string]int{}
		status                                         = map[int]int{}
		already                                        int
		clobbered                                      []string
	)
	for _, c := range tr.calls {
		status[c.status]++
	}
	for _, it := range tr.items {
		byKind[it.kind]++
		ok := it.accepted()
		switch {
		case len(ok) == 0 && it.has500():
			lost500++
			lostKinds[it.kind]++
		case len(ok) == 0:
			unanswered = append(unanswered, it.describe())
		case len(ok) > 1:
			twice = append(twice, it.describe())
		default:
			answered++
			lat = append(lat, ok[0].at.Sub(it.sent))
			if !it.down {
				latUp = append(latUp, ok[0].at.Sub(it.sent))
			}
		}
		if len(ok) > 0 && (ok[0].cbType == 5 || ok[0].cbType == 6) {
			deferred++
			if !it.editAccepted() {
				editLost++
			}
			// A click the bot answers with a new private message (quiz
			// verdict, vote thanks) must not be deferred as an update:
			// the edit then overwrites the public message the button is on.
			if ok[0].cbType == 6 && (it.kind == "quizclick" || it.kind == "vote") {
				clobbered = append(clobbered, it.describe())
			}
		}
		if strings.Contains(it.content(), "asking quickly") {
			limited++
		}
		for _, r := range it.resps {
			if r.status == 400 && bytes.Contains(r.body, []byte("40060")) {
				already++
			}
		}
	}
	slices.Sort(lat)
	slices.Sort(latUp)
	pctOf := func(lat []time.Duration, p int) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, len(lat)*p/100)].Round(time.Millisecond)
	}
	pct := func(p int) time.Duration { return pctOf(lat, p) }
	over3s := 0
	for _, d := range lat {
		if d > 3*time.Second {
			over3s++
		}
	}
	t.Logf("load: %d items in %v (%v drain) from %d users: %v; %d dispatched while the gateway was down",
		len(tr.items), sendTime.Round(time.Millisecond), drainTime.Round(time.Millisecond), users, byKind, whileDown)
	t.Logf("faults: %d gateway drops, %d resumes, %d identifies, %d events replayed on resume; REST statuses %v",
		drops, srv.Resumes(), srv.Identifies(), srv.Replayed(), status)
	t.Logf("answered exactly once: %d; lost to a 500 on their only response: %d %v; unanswered: %d; answered twice: %d; rejected second acks (40060): %d",
		answered, lost500, lostKinds, len(unanswered), len(twice), already)
	t.Logf("deferred (acknowledged, then edited): %d, of which the edit failed: %d; rate-limited questions (\"asking quickly\"): %d", deferred, editLost, limited)
	t.Logf("latency dispatch -> first accepted response: p50 %v, p99 %v, max %v; %d over Discord's 3 s; dispatched while connected: p50 %v, p99 %v, max %v",
		pct(50), pct(99), pct(100), over3s, pctOf(latUp, 50), pctOf(latUp, 99), pctOf(latUp, 100))
	t.Logf("peak memory (VmHWM, test process): %.1f MB; %d REST calls not about a soak item", peak, tr.other)
	if len(clobbered) > 0 {
		// Logged, not failed: it takes a slow machine (handling over the
		// bot's 1.5 s DeferAfter) to happen here. See bot.onInteraction.
		t.Logf("BUG: %d quiz/vote clicks were deferred as message updates, so their private reply replaced the public message clicked:\n%s",
			len(clobbered), strings.Join(first(clobbered, 10), "\n"))
	}
	if len(tr.items) != total {
		t.Errorf("sent %d items, want %d", len(tr.items), total)
	}
	if len(unanswered) > 0 {
		t.Errorf("%d interactions never answered (and no 500 to blame):\n%s", len(unanswered), strings.Join(first(unanswered, 20), "\n"))
	}
	if len(twice) > 0 {
		t.Errorf("%d interactions answered more than once:\n%s", len(twice), strings.Join(first(twice, 20), "\n"))
	}
	if answered+lost500+len(unanswered)+len(twice) != total {
		t.Errorf("accounting: %d+%d+%d+%d != %d", answered, lost500, len(unanswered), len(twice), total)
	}
	// The faults happened (fixed seed; bodies vary a little run to run;
	// one 500 is scripted).
	if status[429] == 0 || status[500] == 0 || drops < plan.minDrops || srv.Resumes() == 0 {
		t.Errorf("faults not exercised: %d 429s, %d 500s, %d drops, %d resumes", status[429], status[500], drops, srv.Resumes())
	}
	if n := srv.Identifies(); n != 1 {
		t.Errorf("%d IDENTIFYs: a reconnect started a new session instead of resuming", n)
	}
	if already > 0 {
		t.Errorf("%d responses to interactions already acknowledged", already)
	}
	if lost500 > total/20 { // 1% of calls get a 500: far fewer than 5% of items
		t.Errorf("%d interactions lost to 500s: more than the fault rate explains", lost500)
	}
	if l := logs.String(); strings.Contains(l, "handler panic") || strings.Contains(l, testToken) {
		t.Errorf("log has a panic or the token")
	}
	t.Logf("log lines above info: %v", logSummary(logs.String()))

	// No write lost: compare what the bot acknowledged with the database.
	checkSoakStore(t, dbPath, guild, tr)

	// No discordgo session left running (a reconnect that raced Close
	// would keep dialling forever).
	gdeadline := time.Now().Add(5 * time.Second)
	for sessionGoroutines() > baseline && time.Now().Before(gdeadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := sessionGoroutines(); n > baseline {
		t.Errorf("%d discordgo session goroutines outlive run (%d before)", n, baseline)
	}
}

// checkSoakStore opens the database the program used and checks it holds
// every quiz answer and vote whose click the bot answered as recorded.
//
// Per (quiz, user) and per (answer, user) the bot's reply bodies say what
// it wrote: "Right!"/"Not quite." or "Thanks for the feedback." for the
// write that counted, "You already answered/voted" for a later click.
// Those bodies are known even when Discord refused them with a 500 (the
// fake records what was sent), since the bot writes before it responds.
// A click whose deferral was refused has no body: its write may or may
// not be there. So the store must hold every group with a known write,
// and at most the unknown groups besides.
func checkSoakStore(t *testing.T, dbPath, guild string, tr *soakTracker) {
	t.Helper()
	type group struct {
		firsts, laters, unknown, delivered int
		right, helpful                     bool
	}
	quiz, votes := map[string]*group{}, map[string]*group{}
	for _, it := range tr.items {
		var m map[string]*group
		switch it.kind {
		case "quizclick":
			m = quiz
		case "vote":
			m = votes
		default:
			continue
		}
		g := m[it.group]
		if g == nil {
			g = &group{}
			m[it.group] = g
		}
		c := it.content()
		switch {
		case strings.HasPrefix(c, "Right!") || strings.HasPrefix(c, "Not quite.") || strings.HasPrefix(c, "Thanks for the feedback"):
			g.firsts++
			g.right = strings.HasPrefix(c, "Right!")
			g.helpful = it.helpful
		case strings.HasPrefix(c, "You already"):
			g.laters++
		case c == "":
			g.unknown++
		default:
			t.Errorf("click %s: unexpected reply %q", it.describe(), c)
		}
		if it.delivered() {
			g.delivered++
		}
	}
	type bounds struct{ lo, hi int }
	wantAnswered, wantPoints := map[string]*bounds{}, map[string]*bounds{}
	var quizDelivered, quizKnown, voteDelivered, voteKnown int
	var votesB, helpfulB bounds
	for key, g := range quiz {
		if g.firsts > 1 {
			t.Errorf("quiz %s: %d clicks counted as the first answer", key, g.firsts)
		}
		user := key[strings.LastIndexByte(key, '/')+1:]
		if wantAnswered[user] == nil {
			wantAnswered[user], wantPoints[user] = &bounds{}, &bounds{}
		}
		a, p := wantAnswered[user], wantPoints[user]
		switch {
		case g.firsts > 0:
			a.lo, a.hi = a.lo+1, a.hi+1
			if g.right {
				p.lo, p.hi = p.lo+1, p.hi+1
			}
		case g.laters > 0: // the first was a click whose reply is unknown
			a.lo, a.hi, p.hi = a.lo+1, a.hi+1, p.hi+1
		default:
			a.hi, p.hi = a.hi+1, p.hi+1
		}
		if g.firsts+g.laters > 0 {
			quizKnown++
		}
		if g.delivered > 0 {
			quizDelivered++
		}
	}
	for key, g := range votes {
		if g.firsts > 1 {
			t.Errorf("vote %s: %d clicks counted as the first vote", key, g.firsts)
		}
		switch {
		case g.firsts > 0:
			votesB.lo, votesB.hi = votesB.lo+1, votesB.hi+1
			if g.helpful {
				helpfulB.lo, helpfulB.hi = helpfulB.lo+1, helpfulB.hi+1
			}
		case g.laters > 0:
			votesB.lo, votesB.hi, helpfulB.hi = votesB.lo+1, votesB.hi+1, helpfulB.hi+1
		default:
			votesB.hi, helpfulB.hi = votesB.hi+1, helpfulB.hi+1
		}
		if g.firsts+g.laters > 0 {
			voteKnown++
		}
		if g.delivered > 0 {
			voteDelivered++
		}
	}
	// Questions: every /ask and mention the bot answered with "**Q:**"
	// was logged before the reply.
	var qB bounds
	for _, it := range tr.items {
		if it.kind != "ask" && it.kind != "mention" {
			continue
		}
		switch c := it.content(); {
		case strings.HasPrefix(c, "**Q:**"):
			qB.lo, qB.hi = qB.lo+1, qB.hi+1
		case c == "":
			qB.hi++
		}
	}

	db, err := store.Open(dbPath)
	if err != nil {
		t.Fatalf("reopen the database: %v", err)
	}
	defer db.Close()
	ctx := context.Background()
	board, err := db.Leaderboard(ctx, guild, 0)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := db.Report(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]store.Score{}
	dbAnswers := 0
	for _, s := range board {
		got[s.User] = s
		dbAnswers += s.Answered
	}
	bad := 0
	for user, a := range wantAnswered {
		s, p := got[user], wantPoints[user]
		if s.Answered < a.lo || s.Answered > a.hi || s.Points < p.lo || s.Points > p.hi {
			bad++
			if bad <= 10 {
				t.Errorf("user %s: store has %d right of %d, want %d-%d right of %d-%d", user, s.Points, s.Answered, p.lo, p.hi, a.lo, a.hi)
			}
		}
	}
	for user := range got {
		if wantAnswered[user] == nil {
			t.Errorf("user %s has quiz answers in the store but clicked none", user)
		}
	}
	if rep.Votes < votesB.lo || rep.Votes > votesB.hi || rep.Helpful < helpfulB.lo || rep.Helpful > helpfulB.hi {
		t.Errorf("store has %d votes (%d helpful), want %d-%d (%d-%d helpful)", rep.Votes, rep.Helpful, votesB.lo, votesB.hi, helpfulB.lo, helpfulB.hi)
	}
	if rep.Questions < qB.lo || rep.Questions > qB.hi {
		t.Errorf("store has %d questions, want %d-%d", rep.Questions, qB.lo, qB.hi)
	}
	t.Logf("store: %d quiz answers from %d users (%d (quiz, user) pairs clicked, %d with a delivered reply, %d with a known write); %d votes, %d helpful (%d (answer, user) pairs, %d delivered, %d known); %d questions (%d-%d expected)",
		dbAnswers, len(board), len(quiz), quizDelivered, quizKnown, rep.Votes, rep.Helpful, len(votes), voteDelivered, voteKnown, rep.Questions, qB.lo, qB.hi)
}

var soakQuestions = append(slices.Clone(loadQuestions),
	"When did Rahmon attend a NATO summit for the first time?",
	"who led the opposition in the civil war?",
	"why did the US give Tajikistan military equipment in 2002?",
	"What year did the Titanic sink?",
	"what did the SCO demand in 2005? @everyone",
	"how much aid did the US give Tajikistan from 1992 to 2010?",
	"when did the US lift the arms embargo",
	"Was Tajikistan the second state to open an embassy?",
	"🎉🎉🎉",
	"tell me about the drug trade through afghanistan",
	"What is the Collective Security Treaty Organization?",
	strings.Repeat("aid ", 100),
)

var soakRefQueries = []string{"jon", "cro", "20", "us", "", "tajik", "zzz", "6", "2010", "rus"}

// soakClick is a click on a button of target's message.
func soakClick(target *soakTarget, customID string, m *discordgo.Member) *discordgo.Interaction {
	return &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, Member: m,
		Message: &discordgo.Message{ID: target.messageID, ChannelID: "800"},
		Data:    discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

// soakItem is one interaction or mention and the REST calls answering it.
type soakItem struct {
	n          int
	id         string // interaction or message id
	kind, user string
	sent       time.Time
	down       bool // dispatched while the Gateway was down
	// clicks
	target  *soakTarget
	group   string // quiz or answer id / user
	choice  int
	helpful bool

	resps []soakCall // callbacks, follow-ups, channel messages
	edits []soakCall // PATCH @original
}

type soakCall struct {
	at     time.Time
	status int
	cbType int // interaction callback type; 0 for others
	body   []byte
	msg    soakMessage
}

// soakMessage is what a response shows: a callback's data, an edit's or
// a message's body.
type soakMessage struct {
	Content    string            `json:"content"`
	Components []json.RawMessage `json:"components"`
}

// soakTarget is a delivered message with buttons: a quiz or an answer.
type soakTarget struct {
	messageID       string
	quizID          string
	buttons         []soakButton
	answerID        string
	voteYes, voteNo string
}

type soakButton struct {
	CustomID string `json:"custom_id"`
	Label    string `json:"label"`
}

// accepted are the responses Discord accepted (status < 300).
func (it *soakItem) accepted() []soakCall {
	var out []soakCall
	for _, r := range it.resps {
		if r.status < 300 {
			out = append(out, r)
		}
	}
	return out
}

func (it *soakItem) has500() bool {
	for _, r := range it.resps {
		if r.status >= 500 {
			return true
		}
	}
	return false
}

// editAccepted: a deferred answer's edit went through.
func (it *soakItem) editAccepted() bool {
	for _, e := range it.edits {
		if e.status < 300 {
			return true
		}
	}
	return false
}

// delivered: the user saw the reply.
func (it *soakItem) delivered() bool {
	ok := it.accepted()
	if len(ok) == 0 {
		return false
	}
	if ok[0].cbType == 5 || ok[0].cbType == 6 {
		return it.editAccepted()
	}
	return true
}

// content is what the bot replied, as sent in any attempt (accepted or
// not), or "" if no attempt carried content.
func (it *soakItem) content() string {
	for _, r := range append(slices.Clone(it.resps), it.edits...) {
		if r.msg.Content != "" {
			return r.msg.Content
		}
	}
	return ""
}

// deliveredMessage is the message the user saw, if any.
func (it *soakItem) deliveredMessage() (soakMessage, bool) {
	ok := it.accepted()
	if len(ok) == 0 {
		return soakMessage{}, false
	}
	if ok[0].cbType != 5 && ok[0].cbType != 6 {
		return ok[0].msg, true
	}
	for _, e := range it.edits {
		if e.status < 300 {
			return e.msg, true
		}
	}
	return soakMessage{}, false
}

func (it *soakItem) describe() string {
	var st []string
	for _, r := range it.resps {
		st = append(st, fmt.Sprintf("%d@%v(type %d)", r.status, r.at.Sub(it.sent).Round(time.Millisecond), r.cbType))
	}
	for _, r := range it.edits {
		st = append(st, fmt.Sprintf("edit %d@%v", r.status, r.at.Sub(it.sent).Round(time.Millisecond)))
	}
	return fmt.Sprintf("#%d %s %s by %s: %v %.80q", it.n, it.kind, it.id, it.user, st, it.content())
}

// soakTracker files every REST call under the item it answers, as the
// fake records it.
type soakTracker struct {
	mu      sync.Mutex
	items   map[string]*soakItem
	calls   []soakCall
	quizzes []*soakTarget
	answers []*soakTarget
	other   int
}

func (tr *soakTracker) add(it *soakItem) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	it.sent = time.Now()
	tr.items[it.id] = it
}

// pick returns a random delivered quiz or answer, or nil.
func (tr *soakTracker) pick(rng *rand.Rand, kind string) *soakTarget {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	list := tr.quizzes
	if kind == "answer" {
		list = tr.answers
	}
	if len(list) == 0 {
		return nil
	}
	return list[rng.IntN(len(list))]
}

func (tr *soakTracker) onCall(c fakediscord.Call) {
	now := time.Now()
	parts := strings.Split(c.Path, "/")
	var id string
	edit := false
	sc := soakCall{at: now, status: c.Status, body: c.Body}
	switch {
	case c.Method == "POST" && len(parts) == 5 && parts[1] == "interactions" && parts[4] == "callback":
		id = parts[2]
		var cb struct {
			Type int         `json:"type"`
			Data soakMessage `json:"data"`
		}
		_ = c.Decode(&cb)
		sc.cbType, sc.msg = cb.Type, cb.Data
	case len(parts) >= 4 && parts[1] == "webhooks" && strings.HasPrefix(parts[3], "soak-"):
		id = strings.TrimPrefix(parts[3], "soak-")
		edit = c.Method == "PATCH"
		_ = c.Decode(&sc.msg)
	case c.Method == "POST" && len(parts) == 4 && parts[1] == "channels" && parts[3] == "messages":
		var m struct {
			soakMessage
			Ref *struct {
				MessageID string `json:"message_id"`
			} `json:"message_reference"`
		}
		if c.Decode(&m) == nil && m.Ref != nil {
			id, sc.msg = m.Ref.MessageID, m.soakMessage
		}
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.calls = append(tr.calls, sc)
	it := tr.items[id]
	if it == nil {
		tr.other++
		return
	}
	if edit {
		it.edits = append(it.edits, sc)
	} else {
		it.resps = append(it.resps, sc)
	}
	if c.Status >= 300 {
		return
	}
	// A newly delivered quiz or answer becomes something to click.
	if it.kind != "quiz" && it.kind != "ask" {
		return
	}
	if it.target != nil {
		return
	}
	m, ok := it.deliveredMessage()
	if !ok {
		return
	}
	var rows []struct {
		Components []soakButton `json:"components"`
	}
	for _, raw := range m.Components {
		var row struct {
			Components []soakButton `json:"components"`
		}
		if json.Unmarshal(raw, &row) == nil {
			rows = append(rows, row)
		}
	}
	tg := &soakTarget{messageID: it.id}
	for _, row := range rows {
		for _, b := range row.Components {
			f := strings.Split(b.CustomID, ":")
			switch {
			case len(f) == 4 && f[1] == "quiz":
				tg.quizID = f[2]
				tg.buttons = append(tg.buttons, b)
			case len(f) == 5 && f[1] == "vote" && f[4] == "y":
				tg.answerID, tg.voteYes = f[2], b.CustomID
			case len(f) == 5 && f[1] == "vote" && f[4] == "n":
				tg.voteNo = b.CustomID
			}
		}
	}
	switch {
	case it.kind == "quiz" && len(tg.buttons) >= 2:
		it.target = tg
		tr.quizzes = append(tr.quizzes, tg)
	case it.kind == "ask" && tg.voteYes != "" && tg.voteNo != "":
		it.target = tg
		tr.answers = append(tr.answers, tg)
	}
}

// settled: every item has its outcome (an accepted response, with its
// edit when deferred, or a 500).
func (tr *soakTracker) settled() bool {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for _, it := range tr.items {
		ok := it.accepted()
		switch {
		case len(ok) == 0 && !it.has500():
			return false
		case len(ok) > 0 && (ok[0].cbType == 5 || ok[0].cbType == 6):
			final := false
			for _, e := range it.edits {
				if e.status < 300 || e.status >= 500 {
					final = true
				}
			}
			if !final {
				return false
			}
		}
	}
	return true
}

// sessionGoroutines counts goroutines running discordgo session code.
func sessionGoroutines() int {
	buf := make([]byte, 8<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n := 0
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		if bytes.Contains(g, []byte("discordgo.(*Session).")) {
			n++
		}
	}
	return n
}

// vmHWM is the process's peak resident memory in MB, or 0 off Linux.
func vmHWM() float64 {
	st, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(st), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(rest), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}

// logSummary counts the program's JSON log lines above info level by
// level and message.
func logSummary(log string) map[string]int {
	out := map[string]int{}
	for _, line := range strings.Split(log, "\n") {
		var l struct{ Level, Msg, Error string }
		if json.Unmarshal([]byte(line), &l) != nil || l.Level == "info" || l.Level == "debug" {
			continue
		}
		key := l.Level + " " + l.Msg
		if l.Error != "" {
			key += ": " + l.Error
			if i := strings.Index(key, "HTTP "); i >= 0 {
				key = key[:min(len(key), i+8)] // the status, not the URL's ids
			}
		}
		out[key]++
	}
	return out
}

func first(s []string, n int) []string { return s[:min(len(s), n)] }
