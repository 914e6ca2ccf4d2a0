package ps.rasd.openrosa.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.openrosa.NewDevice;
import ps.rasd.openrosa.OpenRosaManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** Coordinators register and revoke the ODK Collect devices of their team ({@code /team/devices}). */
@Controller
@RequestMapping("/team/devices")
class DeviceController {

	private final OpenRosaManagement devices;

	private final IdentityManagement identity;

	DeviceController(OpenRosaManagement devices, IdentityManagement identity) {
		this.devices = devices;
		this.identity = identity;
	}

	@GetMapping
	String list(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		var team = identity.team(actor);
		Map<Long, String> names = team.stream()
			.collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
		model.addAttribute("team", team);
		model.addAttribute("names", names);
		model.addAttribute("devices", devices.devices(actor));
		return "openrosa/devices";
	}

	@PostMapping
	String register(@RequestParam long monitor, @RequestParam String label,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		try {
			NewDevice made = devices.register(monitor, label, actor);
			redirect.addFlashAttribute("address", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/openrosa/" + made.token()).toUriString());
			signIn(made, redirect);
			return "redirect:/team/devices";
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex.code());
			model.addAttribute("monitor", monitor);
			model.addAttribute("label", label);
			return list(actor, model);
		}
	}

	/** A new Digest password for a device, shown once. */
	@PostMapping("/{id}/password")
	String newPassword(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		signIn(devices.newPassword(id, actor), redirect);
		return "redirect:/team/devices";
	}

	private static void signIn(NewDevice device, RedirectAttributes redirect) {
		redirect.addFlashAttribute("digestAddress", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/openrosa").toUriString());
		redirect.addFlashAttribute("username", device.device().username());
		redirect.addFlashAttribute("password", device.password());
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		devices.revoke(id, actor);
		return "redirect:/team/devices";
	}
}
