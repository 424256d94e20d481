package dashboard

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// KeySize is the size of a generated key and the least a secret must give.
const KeySize = 32

// ParseSecret reads PAPERBOT_SECRET: at least 32 bytes, written as hex
// (64 or more hex digits, e.g. `openssl rand -hex 32`) or as base64
// (standard or URL alphabet, padded or not, e.g. `openssl rand -base64 32`).
// A string of hex digits is read as hex.
func ParseSecret(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("PAPERBOT_SECRET is empty")
	}
	var key []byte
	var err error
	if isHex(s) {
		key, err = hex.DecodeString(s)
	} else {
		key, err = decodeBase64(s)
	}
	if err != nil {
		return nil, fmt.Errorf("PAPERBOT_SECRET: neither hex nor base64: %w", err)
	}
	if len(key) < KeySize {
		return nil, fmt.Errorf("PAPERBOT_SECRET: %d bytes, want at least %d (e.g. openssl rand -hex 32)", len(key), KeySize)
	}
	return key, nil
}

func isHex(s string) bool {
	if len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func decodeBase64(s string) ([]byte, error) {
	s = strings.TrimRight(s, "=")
	if strings.ContainsAny(s, "-_") {
		return base64.RawURLEncoding.DecodeString(s)
	}
	return base64.RawStdEncoding.DecodeString(s)
}

// LoadOrCreateKey returns the key that signs report links and keys
// pseudonyms: the secret when one is given (PAPERBOT_SECRET), else the key
// kept by get, else a new random one from random (crypto/rand when nil),
// given to put and read back with get.
//
// get returns (nil, nil) when no key is kept. put must keep the first key
// it is given and ignore later ones (e.g. INSERT ... ON CONFLICT DO
// NOTHING), so that replicas starting at once all end up with the key that
// was kept first: LoadOrCreateKey returns what get reads after put.
func LoadOrCreateKey(secret string, get func() ([]byte, error), put func([]byte) error, random io.Reader) ([]byte, error) {
	if strings.TrimSpace(secret) != "" {
		return ParseSecret(secret)
	}
	key, err := get()
	if err != nil {
		return nil, fmt.Errorf("read report key: %w", err)
	}
	if key != nil {
		if len(key) < KeySize {
			return nil, fmt.Errorf("read report key: %d bytes kept, want at least %d", len(key), KeySize)
		}
		return key, nil
	}
	if random == nil {
		random = rand.Reader
	}
	fresh := make([]byte, KeySize)
	if _, err := io.ReadFull(random, fresh); err != nil {
		return nil, fmt.Errorf("generate report key: %w", err)
	}
	if err := put(fresh); err != nil {
		return nil, fmt.Errorf("keep report key: %w", err)
	}
	key, err = get()
	if err != nil {
		return nil, fmt.Errorf("read report key back: %w", err)
	}
	if len(key) < KeySize {
		return nil, fmt.Errorf("read report key back: %d bytes, want at least %d", len(key), KeySize)
	}
	return key, nil
}
