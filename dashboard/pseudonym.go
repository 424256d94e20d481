package dashboard

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
)

const pseudonymDomain = "paperbot/pseudonym/v1\x00"

// Pseudonym is how the page names a user: 12 hex digits of an HMAC-SHA256
// of the user id under a key made for the server from the secret and the
// guild id. The same student keeps one pseudonym on one server (while the
// secret is kept), cannot be followed from one server to another, and
// cannot be turned back into an id without the secret.
func Pseudonym(key []byte, guild, user string) string {
	return newPseudonymizer(key, guild).name(user)
}

// pseudonymizer names the users of one server, reusing one keyed MAC (a
// report names every student). It is not safe for concurrent use.
type pseudonymizer struct {
	mac hash.Hash
	sum []byte
}

func newPseudonymizer(key []byte, guild string) *pseudonymizer {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(pseudonymDomain))
	m.Write([]byte(guild))
	return &pseudonymizer{mac: hmac.New(sha256.New, m.Sum(nil)), sum: make([]byte, 0, sha256.Size)}
}

func (p *pseudonymizer) name(user string) string {
	return hex.EncodeToString(p.bits(user))
}

// bits is the pseudonym's 6 bytes; valid until the next call.
func (p *pseudonymizer) bits(user string) []byte {
	p.mac.Reset()
	p.mac.Write([]byte(user))
	p.sum = p.mac.Sum(p.sum[:0])
	return p.sum[:6]
}
