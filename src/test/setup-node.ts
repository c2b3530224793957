// Node-environment tests: nothing global to set up; each file starts its own simulated backend.
export {};
