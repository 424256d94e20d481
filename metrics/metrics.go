// Package metrics holds paperbot's Prometheus metrics. Every method is safe
// on a nil *Metrics, so code that runs without metrics (the console, most
// tests) needs no checks.
package metrics

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the counters and histograms an operator watches.
type Metrics struct {
	Registry    *prometheus.Registry
	questions   *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	reconnects  prometheus.Counter
	restErrors  *prometheus.CounterVec
	quizAnswers *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
}

// New registers the metrics, with the Go runtime's and the process's, on
// a registry of their own.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry: reg,
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "paperbot_questions_total", Help: "Commands handled, by command and whether the paper answered.",
		}, []string{"command", "answered"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "paperbot_answer_seconds", Help: "Time from receiving an interaction or mention to sending its answer.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"command"}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "paperbot_gateway_reconnects_total", Help: "Gateway connections re-established (resumed or re-identified) after the first.",
		}),
		restErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "paperbot_rest_errors_total", Help: "Discord REST calls that failed, by HTTP status (0: no response).",
		}, []string{"status"}),
		quizAnswers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "paperbot_quiz_answers_total", Help: "Quiz answers, by whether they were right and whether they were the user's first.",
		}, []string{"correct", "first"}),
	}
	m.rateLimited = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "paperbot_rate_limited_total", Help: "Commands, buttons and autocomplete requests refused by a rate limit, by command.",
	}, []string{"command"})
	reg.MustRegister(m.questions, m.latency, m.reconnects, m.restErrors, m.quizAnswers, m.rateLimited,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// WriteFailures exports the store's count of failed writes (a full disk, a
// lost database) as paperbot_store_write_failures_total: the count lives
// in the store, read at each scrape. Call once per registry.
func (m *Metrics) WriteFailures(count func() uint64) {
	if m == nil {
		return
	}
	m.Registry.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "paperbot_store_write_failures_total", Help: "Database writes that failed (questions, quiz answers, votes, settings, threads).",
	}, func() float64 { return float64(count()) }))
}

// Question counts a handled command and its latency.
func (m *Metrics) Question(command string, answered bool, d time.Duration) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(command, strconv.FormatBool(answered)).Inc()
	m.latency.WithLabelValues(command).Observe(d.Seconds())
}

// Reconnect counts a Gateway reconnection.
func (m *Metrics) Reconnect() {
	if m != nil {
		m.reconnects.Inc()
	}
}

// RESTError counts a failed REST call.
func (m *Metrics) RESTError(status int) {
	if m != nil {
		m.restErrors.WithLabelValues(strconv.Itoa(status)).Inc()
	}
}

// QuizAnswer counts a quiz answer.
func (m *Metrics) QuizAnswer(correct, first bool) {
	if m != nil {
		m.quizAnswers.WithLabelValues(strconv.FormatBool(correct), strconv.FormatBool(first)).Inc()
	}
}

// RateLimited counts an action refused by a rate limit.
func (m *Metrics) RateLimited(command string) {
	if m != nil {
		m.rateLimited.WithLabelValues(command).Inc()
	}
}
