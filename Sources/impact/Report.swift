import ArgumentParser
struct Report: ParsableCommand {}
