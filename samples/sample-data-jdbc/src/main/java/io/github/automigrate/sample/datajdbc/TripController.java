package io.github.automigrate.sample.datajdbc;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the trips. */
@RestController
class TripController {

	private final TripRepository trips;

	TripController(TripRepository trips) {
		this.trips = trips;
	}

	@GetMapping("/trips")
	List<Trip> trips() {
		return this.trips.findAll();
	}

}
