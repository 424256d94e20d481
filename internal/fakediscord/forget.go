package fakediscord

// Forget drops what the fake has recorded so far: the calls, the messages,
// the interaction tokens and the DM channels (channels from WithChannel
// stay). A long benchmark calls it between waves so that the process's
// heap shows what the client keeps, not the fake's history.
func (s *Server) Forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = nil
	s.messages = map[string]map[string]any{}
	s.tokens = map[string]*interactionState{}
	for _, id := range s.dms {
		delete(s.channels, id)
	}
	s.dms = map[string]string{}
	s.notifyLocked()
}
