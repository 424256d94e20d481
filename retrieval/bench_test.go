package retrieval

import (
	"testing"

	"paperbot/data"
	"paperbot/paper"
)

var benchQuestions = []string{
	"When did the United States open its embassy in Dushanbe?",
	"how much aid did america give tajikistan between 1992 and 2010",
	"why did the tajiks build ties with the americans while keeping relations with russia",
	"What is the weather like in London today?",
}

func BenchmarkSearch(b *testing.B) {
	ix := loadIndex(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix.Search(benchQuestions[i%len(benchQuestions)], 3)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	ix := loadIndex(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix.an.Analyze(benchQuestions[i%len(benchQuestions)])
	}
}

// BenchmarkStartup is parse + index of the embedded paper.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p, err := paper.Parse(data.Paper)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(p); err != nil {
			b.Fatal(err)
		}
	}
}
